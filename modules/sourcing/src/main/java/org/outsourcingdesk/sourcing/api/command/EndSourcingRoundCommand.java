package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * End the round without a selection because no vendor is suitable, with the reason: the engagement
 * goes back to its assessment. Only an approver may, since it undoes an approved decision to outsource.
 */
@PermittedRoles(Role.APPROVER)
public record EndSourcingRoundCommand(@TargetAggregateIdentifier String roundId, String reason, String endedBy) {
}
