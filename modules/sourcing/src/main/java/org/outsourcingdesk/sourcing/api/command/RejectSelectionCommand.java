package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Reject the proposed selection, saying why (an approver other than the proposer); the round goes on. */
@PermittedRoles(Role.APPROVER)
public record RejectSelectionCommand(@TargetAggregateIdentifier String roundId, String comment, String rejectedBy) {
}
