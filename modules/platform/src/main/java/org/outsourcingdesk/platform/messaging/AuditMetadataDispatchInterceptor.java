package org.outsourcingdesk.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps the technical origin on every command as it is sent: the authenticated user and roles,
 * the request id, and correlation and causation ids. Metadata that trusted server code already set
 * (a policy acting on an event, demo seeding acting as a demo user) is kept; clients cannot set
 * metadata at all. A command with no user is refused here, before it is dispatched.
 */
public class AuditMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CallerProvider callers;

    public AuditMetadataDispatchInterceptor(CallerProvider callers) {
        this.callers = callers;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                Caller caller = callers.currentCaller()
                        .orElseThrow(() -> new UnauthenticatedCommandException(command.getCommandName()));
                added.put(AuditMetadata.ACTOR, caller.username());
                added.put(AuditMetadata.ROLES, caller.roles());
            }
            var request = RequestContext.current();
            if (!command.getMetaData().containsKey(AuditMetadata.REQUEST_ID)) {
                request.ifPresent(r -> added.put(AuditMetadata.REQUEST_ID, r.requestId()));
            }
            if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
                added.put(AuditMetadata.CORRELATION_ID,
                        request.map(RequestContext::correlationId).orElseGet(() -> UUID.randomUUID().toString()));
            }
            if (!command.getMetaData().containsKey(AuditMetadata.CAUSATION_ID)) {
                request.ifPresent(r -> added.put(AuditMetadata.CAUSATION_ID, r.requestId()));
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
