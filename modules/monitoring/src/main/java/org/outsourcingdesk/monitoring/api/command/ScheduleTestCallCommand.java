package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;

/** Plan a mystery-shopper test call to the vendor. */
@PermittedRoles(Role.PROCUREMENT)
public record ScheduleTestCallCommand(@TargetAggregateIdentifier String monitoringId, String callId, PlannedTestCall plan,
                                      LocalDate today, String scheduledBy) {
}
