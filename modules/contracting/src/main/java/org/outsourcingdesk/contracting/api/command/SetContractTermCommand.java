package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set the draft's term: start, end, renewal and notice periods. */
@PermittedRoles(Role.PROCUREMENT)
public record SetContractTermCommand(@TargetAggregateIdentifier String contractId, ContractTerm term, String setBy) {
}
