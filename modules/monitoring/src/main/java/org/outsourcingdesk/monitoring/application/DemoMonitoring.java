package org.outsourcingdesk.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.DemoJourneys;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.Origin;

/**
 * Demo mode's monitoring: paula imports six months of KPIs for each demo contract, as a CSV file in
 * the documented format. Asia-Pacific misses its service level once (a credit, no trigger); the United
 * Kingdom misses it twice in a row, which is the contract's ground for cause and opens a review.
 */
@ApplicationScoped
public class DemoMonitoring {

    private static final Logger LOG = Logger.getLogger(DemoMonitoring.class.getName());
    /** After the demo contracts. */
    static final int PRIORITY = 2400;
    static final String ASIA_PACIFIC = "Technical support, Asia-Pacific";
    static final String UNITED_KINGDOM = "Order hotline, United Kingdom";

    @Inject
    DemoJourneys journeys;
    @Inject
    QueryGateway queries;
    @Inject
    MonitoringWork work;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!journeys.enabled(started)) {
            return;
        }
        try {
            for (EngagementView engagement : queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class))
                    .join()) {
                if (engagement.name().equals(ASIA_PACIFIC)) {
                    report(new EngagementId(engagement.id()), engagement.name(), new int[] {84, 83, 77, 82, 84, 85});
                } else if (engagement.name().equals(UNITED_KINGDOM)) {
                    report(new EngagementId(engagement.id()), engagement.name(), new int[] {83, 81, 76, 75, 82, 83});
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo monitoring stopped", e);
        }
    }

    private void report(EngagementId id, String name, int[] serviceLevel) {
        var monitoring = DemoJourneys.await("the monitoring of " + name, () -> work.monitoring(id)).orElse(null);
        if (monitoring == null || !monitoring.periods().isEmpty()) {
            return;
        }
        var csv = new StringBuilder(KpiCsv.template());
        LocalDate month = monitoring.startsOn().withDayOfMonth(1);
        for (int m = 0; m < serviceLevel.length; m++, month = month.plusMonths(1)) {
            long inTime = 12_000L * serviceLevel[m] / 100;
            String csat = serviceLevel[m] < 80 ? "86.5" : "88.0";
            // period_start,channel,offered,handled,abandoned,answered_in_threshold,speed_of_answer_seconds,handle_seconds,hold_seconds,
            // repeat_contacts,satisfaction_percent,quality_percent,answered_in_target_hours,billed_minutes,billed_hours,complaints,bad_reviews
            csv.append(month).append(",INBOUND_VOICE,12000,11400,600,").append(inTime).append(",24,300,35,1100,").append(csat)
                    .append(",90,,57000,,").append(10 + m % 3).append(",1\n");
            csv.append(month).append(",EMAIL,,4000,,,,420,,300,").append(csat).append(",88,3700,,467,,\n");
        }
        var report = work.importCsv(id, csv.toString(), null, Origin.startup(new Caller("paula", List.of(Role.PROCUREMENT.name()))));
        if (!report.imported()) {
            LOG.warning(() -> "Demo KPIs of " + name + " refused: " + report.problems());
        }
    }
}
