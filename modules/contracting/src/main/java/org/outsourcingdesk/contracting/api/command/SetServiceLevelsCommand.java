package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set the draft's SLAs and the cap on a period's service credits (the list replaces the earlier one). */
@PermittedRoles(Role.PROCUREMENT)
public record SetServiceLevelsCommand(@TargetAggregateIdentifier String contractId, ServiceLevels serviceLevels, String setBy) {
}
