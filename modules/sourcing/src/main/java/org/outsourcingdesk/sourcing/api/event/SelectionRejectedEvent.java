package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approver rejected the proposed selection, saying why; the round goes on. */
@Revision("1")
public record SelectionRejectedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                     String proposedBy, String rejectedBy, String comment) implements DecisionEvent {

    @Override
    public String summary() {
        return "Rejected the selection of " + vendorName + " proposed by " + proposedBy + ": " + comment;
    }
}
