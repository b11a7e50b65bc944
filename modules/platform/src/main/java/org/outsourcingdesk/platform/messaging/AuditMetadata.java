package org.outsourcingdesk.platform.messaging;

/**
 * Keys of the technical origin every command and event carries in its metadata. Business actors
 * that rules need (who proposed, who approved) are in payloads; these say who acted, in which roles,
 * as part of which request and conversation.
 */
public final class AuditMetadata {

    /** The authenticated user who caused the message. */
    public static final String ACTOR = "actor";
    /** That user's roles at the time, as a list of role names. */
    public static final String ROLES = "roles";
    /** Ties together everything one user action caused, across modules. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message (or request) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The client's request id (the X-Request-Id header), or one the server made up. */
    public static final String REQUEST_ID = "requestId";

    private AuditMetadata() {
    }
}
