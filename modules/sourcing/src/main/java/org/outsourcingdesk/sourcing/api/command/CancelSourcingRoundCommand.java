package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Cancel a sourcing round because the decision that opened it no longer stands (its assessment was
 * reopened). Sent by the sourcing module on the behalf of the approver who reopened it.
 */
@PermittedRoles(Role.APPROVER)
public record CancelSourcingRoundCommand(@TargetAggregateIdentifier String roundId, String reason, String cancelledBy) {
}
