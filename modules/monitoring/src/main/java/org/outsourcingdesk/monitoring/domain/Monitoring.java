package org.outsourcingdesk.monitoring.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.command.ApplyContractVersionCommand;
import org.outsourcingdesk.monitoring.api.command.CloseTriggersCommand;
import org.outsourcingdesk.monitoring.api.command.CompleteActionItemCommand;
import org.outsourcingdesk.monitoring.api.command.LogMonitoringTestCallCommand;
import org.outsourcingdesk.monitoring.api.command.RecordGovernanceMeetingCommand;
import org.outsourcingdesk.monitoring.api.command.RecordInvoiceCommand;
import org.outsourcingdesk.monitoring.api.command.RecordRecordingReviewCommand;
import org.outsourcingdesk.monitoring.api.command.ReportPeriodsCommand;
import org.outsourcingdesk.monitoring.api.command.ScheduleTestCallCommand;
import org.outsourcingdesk.monitoring.api.command.StartMonitoringCommand;
import org.outsourcingdesk.monitoring.api.event.ActionItemCompletedEvent;
import org.outsourcingdesk.monitoring.api.event.ContractVersionAppliedEvent;
import org.outsourcingdesk.monitoring.api.event.GovernanceMeetingRecordedEvent;
import org.outsourcingdesk.monitoring.api.event.InvoiceReconciledEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportAmendedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportedEvent;
import org.outsourcingdesk.monitoring.api.event.QualityTestCallLoggedEvent;
import org.outsourcingdesk.monitoring.api.event.RecordingReviewRecordedEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggersClosedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaBreachedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaMetEvent;
import org.outsourcingdesk.monitoring.api.event.TestCallScheduledEvent;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportingPeriod;
import org.outsourcingdesk.monitoring.api.query.MonitoringFolds;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * The monitoring of one active contract. It begins with the contract's first version and takes each
 * approved amendment's version; it judges every reported period by the version in force on its first
 * day: each SLA met or breached (an event each), a breach's credit within the period's cap; then it
 * looks back for review triggers. A period reported again is an amendment, with a reason; it is judged
 * again. Besides: test calls planned and made, recording reviews, invoices reconciled against measured
 * usage, and the governance log.
 * <p>
 * Invariants: see {@link PeriodRules} for a report; a batch of reports is taken whole or not at all;
 * a test call is made by today and scored 1 to 5; a recording review has a sample, a score in 0-100 and
 * findings, and feedback not before the review; an invoice names a reported period once, in the
 * contract's currency or with the rate that converts it; a meeting is held by today with attendees and
 * complete action items, each done once, not before the meeting.
 */
public class Monitoring {

    private static final int MAX_REPORTS = 120;
    private static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private String monitoringId;
    private EngagementId engagementId;
    private MonitoringView view;

    protected Monitoring() {
    }

    @CommandHandler
    public Monitoring(StartMonitoringCommand command) {
        ContractVersion version = command.version();
        var prices = version.prices();
        long contacts = 0;
        BigDecimal inHouse = BigDecimal.ZERO;
        BigDecimal saving = null;
        for (RoundQuote price : prices) {
            var volume = price.volume();
            if (volume != null && volume.annualContacts() != null && volume.annualContacts() > 0 && volume.inHouseAnnualCost() != null) {
                contacts += volume.annualContacts();
                inHouse = inHouse.add(volume.inHouseAnnualCost());
            }
            if (price.cost() != null && price.cost().saving() != null) {
                saving = (saving == null ? BigDecimal.ZERO : saving).add(price.cost().saving());
            }
        }
        BigDecimal baseline = contacts == 0 ? null : inHouse.divide(BigDecimal.valueOf(contacts), 2, RoundingMode.HALF_UP);
        apply(new MonitoringStartedEvent(command.engagementId(), command.monitoringId(), command.contractId(), command.vendorName(),
                version, command.termination(), ReportingPeriod.of(version.serviceLevels()), Charges.currency(version), baseline,
                saving == null ? null : Charges.money(saving), command.startedFor()));
    }

    @CommandHandler
    void handle(ApplyContractVersionCommand command) {
        if (view.versions().stream().noneMatch(v -> v.number() == command.version().number())) {
            apply(new ContractVersionAppliedEvent(engagementId, monitoringId, command.version()));
        }
    }

    @CommandHandler
    void handle(ReportPeriodsCommand command) {
        var reports = command.reports() == null ? List.<PeriodReport>of() : command.reports();
        if (reports.isEmpty() || reports.size() > MAX_REPORTS) {
            throw new BusinessRuleViolation("ReportsGiven", "reports", "Report 1 to " + MAX_REPORTS + " periods at a time.");
        }
        String reason = text(command.amendmentReason());
        var starts = new HashSet<LocalDate>();
        for (int i = 0; i < reports.size(); i++) {
            var report = reports.get(i);
            var problems = PeriodRules.check(view, report, command.today());
            if (!problems.isEmpty()) {
                var first = problems.get(0);
                throw new BusinessRuleViolation(first.kind(), first.rule(), "reports[" + i + "]." + first.field(), first.getMessage());
            }
            if (!starts.add(report.periodStart())) {
                throw new BusinessRuleViolation("PeriodOnceInReport", "reports[" + i + "].periodStart", "The period from "
                        + report.periodStart() + " is given twice.");
            }
            if (view.period(report.periodStart()).isPresent() && (reason == null || reason.length() > MAX_TEXT)) {
                throw new BusinessRuleViolation("AmendmentReasonRequired", "amendmentReason", "The period from " + report.periodStart()
                        + " is reported already; say why it is reported again (at most " + MAX_TEXT + " characters): it is never overwritten silently.");
            }
        }
        reports.stream().sorted(Comparator.comparing(PeriodReport::periodStart)).forEach(report -> report(report, command, reason));
    }

    private void report(PeriodReport report, ReportPeriodsCommand command, String reason) {
        LocalDate start = report.periodStart();
        LocalDate end = ReportingPeriod.end(view.cadence(), start);
        ContractVersion version = view.versionOn(start).orElseThrow();
        var charge = Charges.charge(version, report, view.cadence());
        if (view.period(start).isPresent()) {
            apply(new PeriodReportAmendedEvent(engagementId, monitoringId, report, end, version.number(), charge, command.source(),
                    reason, command.reportedBy()));
        } else {
            apply(new PeriodReportedEvent(engagementId, monitoringId, report, end, version.number(), charge, command.source(),
                    command.reportedBy()));
        }
        for (var result : SlaEvaluation.judge(version.serviceLevels(), report, charge)) {
            if (result.met()) {
                apply(new SlaMetEvent(engagementId, monitoringId, start, version.number(), result));
            } else {
                apply(new SlaBreachedEvent(engagementId, monitoringId, start, version.number(), result, charge.currency()));
            }
        }
        for (var fired : ReviewTriggers.after(view, start)) {
            apply(new ReviewTriggeredEvent(engagementId, monitoringId, monitoringId + "-trigger-" + (view.triggers().size() + 1),
                    fired.kind(), fired.metric(), start, fired.description(), fired.evidence()));
        }
    }

    @CommandHandler
    void handle(ScheduleTestCallCommand command) {
        EvidenceRules.plannedCall(command.plan(), command.today(), contracted());
        if (view.testCalls().stream().anyMatch(c -> c.callId().equals(command.callId()))) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "TestCallIdUnique", null, "This test call is planned already.");
        }
        apply(new TestCallScheduledEvent(engagementId, monitoringId, command.callId(), command.plan(), command.scheduledBy()));
    }

    @CommandHandler
    void handle(LogMonitoringTestCallCommand command) {
        EvidenceRules.madeCall(command.call(), command.today(), view.startsOn(), contracted());
        var planned = view.testCalls().stream().filter(c -> c.callId().equals(command.callId())).findFirst();
        if (planned.isPresent() && planned.get().call() != null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "TestCallLoggedOnce", "callId", "This test call is logged already.");
        }
        apply(new QualityTestCallLoggedEvent(engagementId, monitoringId, command.callId(), command.call(), command.loggedBy()));
    }

    @CommandHandler
    void handle(RecordRecordingReviewCommand command) {
        EvidenceRules.recordingReview(command.review(), command.today());
        apply(new RecordingReviewRecordedEvent(engagementId, monitoringId, command.reviewId(), command.review(), command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordInvoiceCommand command) {
        var taken = EvidenceRules.invoice(command.invoice(), view.currency());
        if (view.invoices().stream().anyMatch(i -> i.invoice().invoiceNumber().equalsIgnoreCase(taken.invoiceNumber()))) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "InvoiceNumberUnique", "invoice.invoiceNumber",
                    "Invoice " + taken.invoiceNumber() + " is recorded already.");
        }
        var period = taken.periodStart() == null ? null : view.period(taken.periodStart()).orElse(null);
        if (period == null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "InvoicePeriodReported", "invoice.periodStart",
                    "An invoice is reconciled against a reported period; report the period from " + taken.periodStart() + " first.");
        }
        var version = view.versions().stream().filter(v -> v.number() == period.contractVersion()).findFirst().orElseThrow();
        apply(new InvoiceReconciledEvent(engagementId, monitoringId, taken, InvoiceReconciliation.reconcile(taken, period, version,
                view.currency()), command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordGovernanceMeetingCommand command) {
        EvidenceRules.meeting(command.meeting(), command.today());
        if (view.meetings().stream().anyMatch(m -> m.meetingId().equals(command.meetingId()))) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "MeetingIdUnique", null, "This meeting is recorded already.");
        }
        apply(new GovernanceMeetingRecordedEvent(engagementId, monitoringId, command.meetingId(), command.meeting(), command.recordedBy()));
    }

    @CommandHandler
    void handle(CompleteActionItemCommand command) {
        var meeting = view.meetings().stream().filter(m -> m.meetingId().equals(command.meetingId())).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ActionItemExists", "meetingId",
                        "No meeting " + command.meetingId() + " is recorded."));
        var item = meeting.items().stream().filter(i -> i.number() == command.item()).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ActionItemExists", "item",
                        "The meeting has action items 1 to " + meeting.items().size() + "."));
        if (item.completedOn() != null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ActionItemOpen", "item", "This action item was done on "
                    + item.completedOn() + ".");
        }
        if (command.completedOn() == null || command.completedOn().isAfter(command.today())
                || command.completedOn().isBefore(meeting.meeting().heldOn())) {
            throw new BusinessRuleViolation("CompletedInTime", "completedOn", "Give the day it was done: on or after the meeting ("
                    + meeting.meeting().heldOn() + ") and by today.");
        }
        apply(new ActionItemCompletedEvent(engagementId, monitoringId, command.meetingId(), command.item(), command.completedOn(),
                text(command.note()), command.completedBy()));
    }

    @CommandHandler
    void handle(CloseTriggersCommand command) {
        var open = view.openTriggers().stream().map(MonitoringView.TriggerView::triggerId)
                .filter(id -> command.triggerIds() != null && command.triggerIds().contains(id)).toList();
        if (!open.isEmpty()) {
            apply(new ReviewTriggersClosedEvent(engagementId, monitoringId, open, command.reason(), command.closedBy()));
        }
    }

    /** The channels of the latest version's price lines. */
    private List<org.outsourcingdesk.assessment.api.model.Channel> contracted() {
        return view.versions().get(view.versions().size() - 1).prices().stream().map(RoundQuote::channel).distinct().toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(MonitoringEvent event, @Timestamp Instant at) {
        view = MonitoringFolds.monitoring(view, event, at);
        if (event instanceof MonitoringStartedEvent started) {
            monitoringId = started.monitoringId();
            engagementId = started.engagementId();
        }
    }
}
