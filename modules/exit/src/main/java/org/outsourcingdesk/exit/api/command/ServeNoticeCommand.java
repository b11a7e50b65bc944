package org.outsourcingdesk.exit.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Serve notice on the vendor for an approved ending, on a day (by today), for the service to end on another. */
@PermittedRoles(Role.PROCUREMENT)
public record ServeNoticeCommand(@TargetAggregateIdentifier String exitId, LocalDate servedOn, LocalDate endsOn, LocalDate today,
                                 String servedBy) {
}
