package org.outsourcingdesk.monitoring.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * Begin monitoring a contract that became active, from its first version. Sent by the monitoring
 * module on behalf of the contract's approver.
 */
@PermittedRoles(Role.APPROVER)
public record StartMonitoringCommand(@TargetAggregateIdentifier String monitoringId, EngagementId engagementId, String contractId,
                                     String vendorName, ContractVersion version, TerminationTerms termination, String startedFor) {
}
