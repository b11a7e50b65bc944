package org.outsourcingdesk.platform.messaging;

import java.util.Optional;
import java.util.UUID;

/**
 * The request a thread is serving: its request id (from the client, or made up) and the correlation
 * id of the conversation. Set by the web filter for the length of one request.
 */
public record RequestContext(String requestId, String correlationId) {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    public static RequestContext fresh(String clientRequestId) {
        String requestId = clientRequestId == null || clientRequestId.isBlank()
                ? UUID.randomUUID().toString() : clientRequestId.strip();
        return new RequestContext(requestId, UUID.randomUUID().toString());
    }

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes this the current thread's context until the returned scope is closed. */
    public Scope open() {
        RequestContext previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the previous context when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
