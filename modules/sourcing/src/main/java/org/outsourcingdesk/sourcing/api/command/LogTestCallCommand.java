package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** Log a mystery-shopper test call made to a shortlisted vendor. */
@PermittedRoles(Role.PROCUREMENT)
public record LogTestCallCommand(@TargetAggregateIdentifier String roundId, String vendorId, TestCall call, String loggedBy) {
}
