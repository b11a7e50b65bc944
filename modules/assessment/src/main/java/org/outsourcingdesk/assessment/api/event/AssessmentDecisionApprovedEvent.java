package org.outsourcingdesk.assessment.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/**
 * A fact that an approver other than the proposer approved the assessment's decision: the decision,
 * its scope, rationale and figures are final, and the engagement moves to {@code nextStage}
 * (sourcing for outsourcing, hybrid or a remote team; closed when kept in-house). Sourcing starts
 * from this event.
 */
@Revision("2")
public record AssessmentDecisionApprovedEvent(EngagementId engagementId, DecisionOutcome outcome,
                                              List<Channel> channels, List<String> regions,
                                              List<PricingModel> pricingModels, String rationale, String proposedBy,
                                              String approvedBy, String comment, AssessmentFigures figures,
                                              Stage nextStage) implements DecisionEvent {

    @Override
    public String summary() {
        return "Approved: " + outcome.label() + ", proposed by " + proposedBy
                + (comment == null || comment.isBlank() ? "" : ". Comment: " + comment) + ". Next stage: "
                + nextStage.label() + ".";
    }
}
