package org.outsourcingdesk.monitoring.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.command.CompleteActionItemCommand;
import org.outsourcingdesk.monitoring.api.command.LogMonitoringTestCallCommand;
import org.outsourcingdesk.monitoring.api.command.RecordGovernanceMeetingCommand;
import org.outsourcingdesk.monitoring.api.command.RecordInvoiceCommand;
import org.outsourcingdesk.monitoring.api.command.RecordRecordingReviewCommand;
import org.outsourcingdesk.monitoring.api.command.ReportPeriodsCommand;
import org.outsourcingdesk.monitoring.api.command.ScheduleTestCallCommand;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.query.FindMonitoringQuery;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/**
 * An engagement's monitoring as procurement works it: periods reported (form, CSV, API), test calls,
 * recording reviews, invoices and the governance log. Each call waits until the monitoring shows the change.
 */
@ApplicationScoped
public class MonitoringWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    Clock clock = Clock.systemUTC();

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    public Optional<MonitoringView> monitoring(EngagementId engagementId) {
        return queries.query(new FindMonitoringQuery(engagementId), ResponseTypes.optionalInstanceOf(MonitoringView.class)).join();
    }

    /** The engagement's monitoring, or a 409 naming why there is none. */
    public MonitoringView current(EngagementId engagementId) {
        return monitoring(engagementId).orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT,
                "MonitoringBegun", null, "This engagement is not monitored yet: monitoring begins when its contract becomes active."));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean report(EngagementId engagementId, List<PeriodReport> reports, ReportSource source, String amendmentReason, Origin origin) {
        var monitoring = current(engagementId);
        send(new ReportPeriodsCommand(monitoring.monitoringId(), reports, source, amendmentReason, today(), origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    /** Imports a CSV file of period reports: all its periods, or, when any line is wrong, none and every problem. */
    public KpiCsv.Report importCsv(EngagementId engagementId, String csv, String amendmentReason, Origin origin) {
        var monitoring = current(engagementId);
        var parsed = KpiCsv.parse(csv);
        boolean reasoned = amendmentReason != null && !amendmentReason.isBlank();
        // every problem at once: the lines that could not be read, and the rules broken by those that could
        var problems = KpiCsv.check(parsed, monitoring, today(), reasoned);
        if (!problems.isEmpty()) {
            return new KpiCsv.Report(List.of(), problems);
        }
        send(new ReportPeriodsCommand(monitoring.monitoringId(), parsed.reports(), ReportSource.CSV, amendmentReason, today(),
                origin.username()), origin);
        await(engagementId, changedSince(monitoring.changedAt()));
        return new KpiCsv.Report(parsed.reports().stream().map(PeriodReport::periodStart).toList(), List.of());
    }

    public boolean scheduleTestCall(EngagementId engagementId, PlannedTestCall plan, Origin origin) {
        var monitoring = current(engagementId);
        send(new ScheduleTestCallCommand(monitoring.monitoringId(), UUID.randomUUID().toString(), plan, today(), origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    /** Logs a test call: the planned one {@code callId} names, or an unplanned one when it is null. */
    public boolean logTestCall(EngagementId engagementId, String callId, TestCall call, Origin origin) {
        var monitoring = current(engagementId);
        if (callId != null && monitoring.testCalls().stream().noneMatch(c -> c.callId().equals(callId))) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "TestCallPlanned", "callId", "No test call "
                    + callId + " is planned.");
        }
        send(new LogMonitoringTestCallCommand(monitoring.monitoringId(), callId == null ? UUID.randomUUID().toString() : callId, call,
                today(), origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    public boolean recordReview(EngagementId engagementId, RecordingReview review, Origin origin) {
        var monitoring = current(engagementId);
        send(new RecordRecordingReviewCommand(monitoring.monitoringId(), UUID.randomUUID().toString(), review, today(), origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    public boolean recordInvoice(EngagementId engagementId, Invoice invoice, Origin origin) {
        var monitoring = current(engagementId);
        send(new RecordInvoiceCommand(monitoring.monitoringId(), invoice, origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    public boolean recordMeeting(EngagementId engagementId, GovernanceMeeting meeting, Origin origin) {
        var monitoring = current(engagementId);
        send(new RecordGovernanceMeetingCommand(monitoring.monitoringId(), UUID.randomUUID().toString(), meeting, today(),
                origin.username()), origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    public boolean completeActionItem(EngagementId engagementId, String meetingId, int item, LocalDate completedOn, String note,
                                      Origin origin) {
        var monitoring = current(engagementId);
        send(new CompleteActionItemCommand(monitoring.monitoringId(), meetingId, item, completedOn, note, today(), origin.username()),
                origin);
        return await(engagementId, changedSince(monitoring.changedAt()));
    }

    private static Predicate<MonitoringView> changedSince(Instant before) {
        return m -> m.changedAt().isAfter(before);
    }

    private boolean await(EngagementId engagementId, Predicate<MonitoringView> shows) {
        return ReadModels.await(() -> monitoring(engagementId).filter(shows), READ_YOUR_WRITE).isPresent();
    }

    private void send(Object command, Origin origin) {
        origin.send(commands, command);
    }
}
