package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approver other than the proposer rejected the proposed option, saying why; the review stays open. */
@Revision("1")
public record ExitOptionRejectedEvent(EngagementId engagementId, String exitId, String reviewId, ExitOption option, String proposedBy,
                                      String rejectedBy, String comment) implements ExitEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Rejected the proposal to " + option.label().toLowerCase() + ": " + comment;
    }
}
