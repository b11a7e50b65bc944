package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportSource;

/**
 * Report one or more periods' figures (a form, a CSV file, an API call): all are taken or none. A
 * period already reported is amended, which needs {@code amendmentReason}.
 */
@PermittedRoles(Role.PROCUREMENT)
public record ReportPeriodsCommand(@TargetAggregateIdentifier String monitoringId, List<PeriodReport> reports, ReportSource source,
                                   String amendmentReason, LocalDate today, String reportedBy) {
}
