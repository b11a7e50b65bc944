package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Open a sourcing round for an engagement whose outsourcing decision was approved, with the decision's
 * scope. Sent by the sourcing module on the approver's behalf when the approval is stored.
 */
@PermittedRoles(Role.APPROVER)
public record OpenSourcingRoundCommand(@TargetAggregateIdentifier String roundId, EngagementId engagementId, int number,
                                       List<Channel> channels, List<String> regions, List<PricingModel> pricingModels,
                                       String openedBy) {
}
