package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set the draft's governance: liaison, account manager, responsibilities, escalation, meetings, contact-reason reports. */
@PermittedRoles(Role.PROCUREMENT)
public record SetGovernanceCommand(@TargetAggregateIdentifier String contractId, Governance governance, String setBy) {
}
