package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** Log a mystery-shopper test call made to the vendor: a planned one when {@code callId} names it, else one made unplanned. */
@PermittedRoles(Role.PROCUREMENT)
public record LogMonitoringTestCallCommand(@TargetAggregateIdentifier String monitoringId, String callId, TestCall call,
                                           LocalDate today, String loggedBy) {
}
