package org.outsourcingdesk.contracting.api.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Make a signed contract active, once {@code today} has reached its first day. Sent by the product, not a person. */
@PermittedRoles(Role.APPROVER)
public record ActivateContractCommand(@TargetAggregateIdentifier String contractId, LocalDate today, String activatedFor) {
}
