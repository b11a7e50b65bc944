package org.outsourcingdesk.audit.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/**
 * Every event of one engagement, across all stages, in the order they happened, as
 * {@link HistoryEntryView}s; or only its decisions.
 */
public record FindEngagementHistoryQuery(EngagementId engagementId, boolean decisionsOnly) {

    public static FindEngagementHistoryQuery everything(EngagementId engagementId) {
        return new FindEngagementHistoryQuery(engagementId, false);
    }
}
