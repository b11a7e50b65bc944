package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Legal review's verdict: pass the contract, or send it back to draft with comments (required then). */
@PermittedRoles(Role.LEGAL)
public record ReviewContractLegallyCommand(@TargetAggregateIdentifier String contractId, boolean pass, String comment,
                                           String reviewedBy) {
}
