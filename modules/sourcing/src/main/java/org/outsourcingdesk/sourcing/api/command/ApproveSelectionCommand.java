package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Approve the proposed selection (an approver other than the proposer): the vendor is chosen and contracting starts. */
@PermittedRoles(Role.APPROVER)
public record ApproveSelectionCommand(@TargetAggregateIdentifier String roundId, String comment, String approvedBy) {
}
