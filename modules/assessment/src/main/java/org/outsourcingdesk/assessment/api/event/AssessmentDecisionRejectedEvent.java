package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approver rejected the proposed decision, saying why; the assessment is open for work again. */
@Revision("1")
public record AssessmentDecisionRejectedEvent(EngagementId engagementId, DecisionOutcome outcome, String proposedBy,
                                              String rejectedBy, String comment) implements DecisionEvent {

    @Override
    public String summary() {
        return "Rejected the proposal to " + outcome.label().toLowerCase() + " by " + proposedBy + ": " + comment;
    }
}
