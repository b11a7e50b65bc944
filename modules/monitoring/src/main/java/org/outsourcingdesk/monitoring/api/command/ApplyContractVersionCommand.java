package org.outsourcingdesk.monitoring.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.contracting.api.model.ContractVersion;

/** Judge periods from an approved amendment's first day by its version. Sent on behalf of the amendment's approver. */
@PermittedRoles(Role.APPROVER)
public record ApplyContractVersionCommand(@TargetAggregateIdentifier String monitoringId, ContractVersion version, String appliedFor) {
}
