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
 * A fact that an approver other than the proposer approved the selection: the vendor is chosen, with
 * the proposal's rationale, rejections, waivers, and the comparison and shortlist as they stood when
 * proposed. Contracting starts from this event; the engagement moves to contracting.
 */
@Revision("1")
public record VendorSelectedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                  String rationale, List<Rejection> rejections, List<Waiver> waivers,
                                  RoundComparison comparison, List<ShortlistEntry> shortlist, String proposedBy,
                                  String approvedBy, String comment) implements DecisionEvent {

    @Override
    public String summary() {
        return "Selected " + vendorName + " as the provider, proposed by " + proposedBy + ", approved by " + approvedBy
                + (waivers.isEmpty() ? "" : ", waiving " + waivers.size() + " mandatory check(s)") + ".";
    }
}
