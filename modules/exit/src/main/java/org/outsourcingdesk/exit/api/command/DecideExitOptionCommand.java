package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** An approver other than the proposer approves the proposed option, or rejects it with a comment. */
@PermittedRoles(Role.APPROVER)
public record DecideExitOptionCommand(@TargetAggregateIdentifier String exitId, boolean approve, String comment, String decidedBy) {
}
