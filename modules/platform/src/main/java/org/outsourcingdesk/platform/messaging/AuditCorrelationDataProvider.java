package org.outsourcingdesk.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the origin of a command onto every message its handling produces: the same user, roles,
 * request and correlation, and as causation the identifier of the message being handled.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    private static final String[] CARRIED = {
            AuditMetadata.ACTOR, AuditMetadata.ROLES, AuditMetadata.REQUEST_ID, AuditMetadata.CORRELATION_ID};

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : CARRIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        if (!data.containsKey(AuditMetadata.CORRELATION_ID)) {
            data.put(AuditMetadata.CORRELATION_ID, message.getIdentifier());
        }
        return data;
    }
}
