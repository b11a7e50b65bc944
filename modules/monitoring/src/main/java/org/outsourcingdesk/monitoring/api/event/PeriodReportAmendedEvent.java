package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportSource;

/**
 * A fact that a period already reported was reported again, for a reason: the new figures replace the
 * old ones for its judgement, which is made again; the old report stays in the history.
 */
@Revision("1")
public record PeriodReportAmendedEvent(EngagementId engagementId, String monitoringId, PeriodReport report, LocalDate periodEnd,
                                       int contractVersion, PeriodCharge charge, ReportSource source, String reason,
                                       String amendedBy) implements MonitoringEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Amended the report of the period " + report.periodStart() + " to " + periodEnd + ": " + reason;
    }
}
