package org.outsourcingdesk.platform.integrity;

import java.util.Map;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A message with new metadata that keeps the payload bytes already serialised for it: asked by the
 * same serializer for the same form, it answers those bytes instead of serialising again. A message
 * derived from it (other metadata) is an ordinary one.
 */
final class SerializedPayloadMessage<T> implements Message<T> {

    private static final long serialVersionUID = 1L;
    private final Message<T> original;
    private final MetaData metaData;
    private final transient Serializer serializer;
    private final transient SerializedObject<byte[]> payload;

    SerializedPayloadMessage(Message<T> original, MetaData metaData, Serializer serializer, SerializedObject<byte[]> payload) {
        this.original = original;
        this.metaData = metaData;
        this.serializer = serializer;
        this.payload = payload;
    }

    @Override
    public String getIdentifier() {
        return original.getIdentifier();
    }

    @Override
    public MetaData getMetaData() {
        return metaData;
    }

    @Override
    public T getPayload() {
        return original.getPayload();
    }

    @Override
    public Class<T> getPayloadType() {
        return original.getPayloadType();
    }

    @Override
    public Message<T> withMetaData(Map<String, ?> replacement) {
        return new GenericMessage<>(getIdentifier(), getPayloadType(), getPayload(), replacement);
    }

    @Override
    public Message<T> andMetaData(Map<String, ?> additional) {
        return withMetaData(metaData.mergedWith(additional));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> SerializedObject<R> serializePayload(Serializer asked, Class<R> representation) {
        if (asked == serializer && representation == byte[].class && payload != null) {
            return (SerializedObject<R>) payload;
        }
        return asked.serialize(getPayload(), representation);
    }

    @Override
    public <R> SerializedObject<R> serializeMetaData(Serializer asked, Class<R> representation) {
        return asked.serialize(metaData, representation);
    }
}
