package org.outsourcingdesk.audit.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/**
 * How every event of one engagement reads to people, as {@link HistoryNoteView}s (one per event, by
 * event id): who acted by name, which proposal an approval or rejection answers, and the figures and
 * waivers a decision rested on. Read from the event store, like the dossier.
 */
public record FindHistoryNotesQuery(EngagementId engagementId) {
}
