package org.outsourcingdesk.audit.api.query;

import java.time.Instant;
import java.util.List;

/**
 * One event in an engagement's history, or in the event log of all events.
 *
 * @param sequence      its place in this engagement's history, from 1
 * @param globalIndex   its place in the whole event store
 * @param type          the event's type, such as {@code EngagementOpenedEvent}
 * @param revision      the revision of the event's current shape
 * @param actor         the user whose action caused it
 * @param roles         that user's roles at the time
 * @param summary       one readable sentence
 * @param payloadJson   the event's data in JSON, in its current shape (after any upcasting)
 * @param decision      whether it records a decision ({@link org.outsourcingdesk.kernel.DecisionEvent})
 * @param engagementId  the engagement it belongs to, or null (the rate card, exchange rates)
 * @param module        the module that published it: a stage such as {@code assessment}
 */
public record HistoryEntryView(long sequence, long globalIndex, String eventId, String type, String revision,
                               Instant occurredAt, String actor, List<String> roles, String summary,
                               String payloadJson, String correlationId, String causationId, String requestId,
                               boolean decision, String engagementId, String module) {
}
