package org.outsourcingdesk.assessment.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that an analyst proposed the assessment's decision, with the scope, the rationale and every
 * figure it rests on as they were at that moment; it now waits for an approver.
 */
@Revision("2")
public record AssessmentDecisionProposedEvent(EngagementId engagementId, DecisionOutcome outcome,
                                              List<Channel> channels, List<String> regions,
                                              List<PricingModel> pricingModels, String rationale, String proposedBy,
                                              AssessmentFigures figures) implements DecisionEvent {

    @Override
    public String summary() {
        return "Proposed: " + outcome.label() + (channels.isEmpty() ? "" : " (" + String.join(", ",
                channels.stream().map(Channel::label).toList()) + ")") + ", on rate card version "
                + figures.rateCardVersion() + ". Rationale: " + rationale;
    }
}
