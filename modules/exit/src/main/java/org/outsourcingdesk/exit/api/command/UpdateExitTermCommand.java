package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.contracting.api.model.ContractTerm;

/** Follow an approved amendment's term. Sent on behalf of the amendment's approver. */
@PermittedRoles(Role.APPROVER)
public record UpdateExitTermCommand(@TargetAggregateIdentifier String exitId, int contractVersion, ContractTerm term, String updatedFor) {
}
