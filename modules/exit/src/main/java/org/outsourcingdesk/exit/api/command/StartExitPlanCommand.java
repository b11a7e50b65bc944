package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;

/** Begin the exit plan of a contract that became active. Sent by the exit module on behalf of the contract's approver. */
@PermittedRoles(Role.APPROVER)
public record StartExitPlanCommand(@TargetAggregateIdentifier String exitId, EngagementId engagementId, String contractId,
                                   String vendorName, ContractTerm term, TerminationTerms termination, String currency,
                                   String startedFor) {
}
