package org.outsourcingdesk.contracting.api.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.ContractEnding;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * End a signed contract: its exit is complete and the vendor's service ended on {@code endedOn}.
 * Sent by the exit stage on behalf of the approver of the ending ({@code endedFor}), not by a person;
 * sent again for the same exit, it changes nothing.
 */
@PermittedRoles(Role.APPROVER)
public record EndContractCommand(@TargetAggregateIdentifier String contractId, ContractEnding ending, LocalDate endedOn, String exitId,
                                 String endedFor) {
}
