package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportSource;

/**
 * A fact that a period's figures were reported for the first time: the figures, the contract version
 * in force on its first day, and what the period costs at that version's rates for the usage reported.
 */
@Revision("1")
public record PeriodReportedEvent(EngagementId engagementId, String monitoringId, PeriodReport report, LocalDate periodEnd,
                                  int contractVersion, PeriodCharge charge, ReportSource source, String reportedBy)
        implements MonitoringEvent {

    @Override
    public String summary() {
        return "Reported the period " + report.periodStart() + " to " + periodEnd + ": " + report.handled() + " contacts handled of "
                + report.offered() + " offered, costing " + charge.amount() + " " + charge.currency() + ".";
    }
}
