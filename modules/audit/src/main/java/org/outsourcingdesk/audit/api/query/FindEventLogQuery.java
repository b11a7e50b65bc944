package org.outsourcingdesk.audit.api.query;

import java.time.Instant;

/**
 * A page of the event log, newest first, filtered by any of: engagement, module (stage), event type
 * (its simple name), actor, and a time range (from inclusive, to exclusive). Keyset paging: events
 * before (older than) or after (newer than) a global index.
 */
public record FindEventLogQuery(String engagementId, String module, String type, String actor, Instant from, Instant to,
                                Long before, Long after, int limit) {

    public static final int MAX_LIMIT = 500;
}
