package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * An approver's verdict on a contract that passed legal review: approve it for signature, or send it
 * back to draft with comments (required then). Never by a drafter or the legal reviewer.
 */
@PermittedRoles(Role.APPROVER)
public record DecideContractCommand(@TargetAggregateIdentifier String contractId, boolean approve, String comment,
                                    String decidedBy) {
}
