package org.outsourcingdesk.monitoring.api.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.Reconciliation;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.model.SlaResult;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/**
 * A contract's monitoring as its events leave it ({@link MonitoringFolds}): the contract versions it
 * judges by, each reported period with its charge and SLA results, the review triggers, the quality
 * evidence (test calls, recording reviews), the invoices as reconciled and the governance log.
 *
 * @param baselineCostPerContact what a contact costs in-house (the assessment's figures, as quoted against), when known
 * @param expectedAnnualSaving   the yearly saving the selected quotes promised against in-house, when known
 */
public record MonitoringView(String engagementId, String monitoringId, String contractId, String vendorName,
                             MeasurementPeriod cadence, String currency, BigDecimal baselineCostPerContact,
                             BigDecimal expectedAnnualSaving, List<ContractVersion> versions, TerminationTerms termination,
                             List<PeriodView> periods, List<TriggerView> triggers, List<TestCallView> testCalls,
                             List<ReviewView> reviews, List<InvoiceView> invoices, List<MeetingView> meetings,
                             Instant changedAt) {

    public MonitoringView {
        versions = versions == null ? List.of() : List.copyOf(versions);
        periods = periods == null ? List.of() : List.copyOf(periods);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        testCalls = testCalls == null ? List.of() : List.copyOf(testCalls);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** The monitoring of an engagement's contract is named after the contract. */
    public static String monitoringId(String contractId) {
        return contractId + "-monitoring";
    }

    /** The contract a monitoring belongs to, from the monitoring's id. */
    public static String contractIdOf(String monitoringId) {
        return monitoringId.endsWith("-monitoring") ? monitoringId.substring(0, monitoringId.length() - "-monitoring".length()) : monitoringId;
    }

    public LocalDate startsOn() {
        return versions.isEmpty() ? null : versions.get(0).term().startsOn();
    }

    /** The contract version in force on a day: the latest that took effect on or before it. */
    public Optional<ContractVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)).reduce((a, b) -> b.number() > a.number() ? b : a)
                .or(() -> versions.stream().findFirst());
    }

    public Optional<PeriodView> period(LocalDate start) {
        return periods.stream().filter(p -> p.report().periodStart().equals(start)).findFirst();
    }

    public List<TriggerView> openTriggers() {
        return triggers.stream().filter(TriggerView::open).toList();
    }

    public BigDecimal totalCredits() {
        return periods.stream().map(PeriodView::credits).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** One reported period: the figures in force (the latest report), the version it is judged by, its charge and results. */
    public record PeriodView(PeriodReport report, LocalDate periodEnd, int contractVersion, PeriodCharge charge, ReportSource source,
                             String reportedBy, Instant reportedAt, List<Amendment> amendments, List<SlaResult> results) {

        public PeriodView {
            amendments = amendments == null ? List.of() : List.copyOf(amendments);
            results = results == null ? List.of() : List.copyOf(results);
        }

        public BigDecimal credits() {
            return results.stream().filter(r -> !r.met() && r.credited() != null).map(SlaResult::credited)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public List<SlaResult> breaches() {
            return results.stream().filter(r -> !r.met()).toList();
        }

        public Optional<SlaResult> result(SlaMetric metric) {
            return results.stream().filter(r -> r.metric() == metric).findFirst();
        }

        /** What a handled contact cost this period, credits deducted; empty when nothing was handled. */
        public Optional<BigDecimal> costPerContact() {
            long handled = report.handled();
            return handled == 0 ? Optional.empty()
                    : Optional.of(charge.amount().subtract(credits()).divide(BigDecimal.valueOf(handled), 2, RoundingMode.HALF_UP));
        }
    }

    /** A later report of a period: why, by whom, when. */
    public record Amendment(String reason, String amendedBy, Instant amendedAt) {
    }

    public record TriggerView(String triggerId, TriggerKind kind, SlaMetric metric, LocalDate periodStart, String description,
                              List<String> evidence, Instant triggeredAt, boolean open) {
    }

    /** A test call: planned (with its plan), made (with how it went), or both. */
    public record TestCallView(String callId, PlannedTestCall plan, String scheduledBy, TestCall call, String loggedBy) {

        public boolean overdue(LocalDate today) {
            return call == null && plan != null && plan.dueOn().isBefore(today);
        }
    }

    public record ReviewView(String reviewId, RecordingReview review, String recordedBy, Instant recordedAt) {
    }

    public record InvoiceView(Invoice invoice, Reconciliation reconciliation, String recordedBy, Instant recordedAt) {
    }

    public record MeetingView(String meetingId, GovernanceMeeting meeting, String recordedBy, Instant recordedAt,
                              List<ItemView> items) {

        public MeetingView {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** An action item (numbered from 1) and, once done, when and how. */
    public record ItemView(int number, String description, String owner, LocalDate dueOn, LocalDate completedOn, String note,
                           String completedBy) {

        public boolean overdue(LocalDate today) {
            return completedOn == null && dueOn != null && dueOn.isBefore(today);
        }
    }
}
