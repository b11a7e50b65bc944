package org.outsourcingdesk.assessment.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Propose the assessment's decision for an approver to sign off.
 *
 * @param rateCard   the rate card version the figures are costed with (the current one when sent)
 * @param conversion how its USD prices become the engagement's currency
 */
@PermittedRoles(Role.PROCUREMENT)
public record ProposeAssessmentDecisionCommand(@TargetAggregateIdentifier EngagementId engagementId,
                                               DecisionOutcome outcome, List<Channel> channels, List<String> regions,
                                               List<PricingModel> pricingModels, String rationale, String proposedBy,
                                               RateCardVersion rateCard, Conversion conversion) {
}
