package org.outsourcingdesk.audit.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** Every event of one engagement, across all stages, in the order they happened, as {@link HistoryEntryView}s. */
public record FindEngagementHistoryQuery(EngagementId engagementId) {
}
