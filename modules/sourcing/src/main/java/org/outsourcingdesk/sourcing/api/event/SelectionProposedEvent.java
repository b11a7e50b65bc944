package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;

/**
 * A fact that a vendor was proposed as the round's choice: the rationale, why each other vendor was
 * not chosen, the waivers, and the comparison and the shortlist (quotes with their figures, checks,
 * test calls, reviews, scores) as they stood when it was proposed.
 */
@Revision("1")
public record SelectionProposedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                     String rationale, List<Rejection> rejections, List<Waiver> waivers,
                                     RoundComparison comparison, List<ShortlistEntry> shortlist, String proposedBy)
        implements DecisionEvent {

    @Override
    public String summary() {
        return "Proposed " + vendorName + " as the provider" + (waivers.isEmpty() ? "" : ", waiving " + waivers.size()
                + " mandatory check(s)") + ": " + rationale;
    }
}
