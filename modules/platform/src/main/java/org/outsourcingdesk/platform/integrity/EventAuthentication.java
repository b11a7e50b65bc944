package org.outsourcingdesk.platform.integrity;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.outsourcingdesk.integrity.EventMac;

/**
 * Stamps every event, as it is published to the event store, with its authentication code
 * ({@link EventMac}), computed over exactly what the store will write: the identifiers, the
 * aggregate's type and sequence (the store's own for events outside an aggregate), the timestamp as
 * the store formats it, the payload as the event serializer serializes it, and the metadata (who
 * acted, roles, correlation) in its canonical form.
 */
public class EventAuthentication implements MessageDispatchInterceptor<EventMessage<?>> {

    private final EventMac mac;
    private final Serializer serializer;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    /** {@code serializer} is the event store's: a {@link org.axonframework.serialization.json.JacksonSerializer}. */
    public EventAuthentication(EventMac mac, Serializer serializer) {
        this.mac = mac;
        this.serializer = serializer;
        this.json = ((org.axonframework.serialization.json.JacksonSerializer) serializer).getObjectMapper();
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> stamp(event);
    }

    /**
     * The event with its code in its metadata, carrying the payload bytes the code was computed over, so
     * that the store writes those very bytes without serialising the payload a second time.
     */
    private <T> EventMessage<T> stamp(EventMessage<T> event) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        var delegate = new SerializedPayloadMessage<>(event, event.getMetaData().and(EventMac.METADATA_KEY, code(event, payload)),
                serializer, payload);
        var timestamp = event.getTimestamp();
        if (event instanceof DomainEventMessage<T> domain) {
            return new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                    delegate, () -> timestamp);
        }
        return new GenericEventMessage<>(delegate, () -> timestamp);
    }

    private String code(EventMessage<?> event, SerializedObject<byte[]> payload) {
        String aggregate;
        long sequence;
        String type;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregate = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            type = domain.getType();
        } else {
            // the store keeps an event outside any aggregate as its own aggregate of one (Axon's asDomainEventMessage)
            aggregate = event.getIdentifier();
            sequence = 0;
            type = null;
        }
        // the metadata as the store will write it (the serializer's JSON), read back as a tree
        var metadata = json.valueToTree(event.getMetaData());
        return mac.code(event.getIdentifier(), aggregate, sequence, type, DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metadata);
    }
}
