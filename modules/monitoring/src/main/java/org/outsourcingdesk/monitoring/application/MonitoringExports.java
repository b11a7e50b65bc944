package org.outsourcingdesk.monitoring.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;

/**
 * A contract's monitoring as CSV files, one per table the dashboard shows: the KPIs of each period
 * (with its charge, credits and cost per contact), the SLA results, the invoices as reconciled, the
 * review triggers, the quality evidence and the governance log's action items.
 */
public final class MonitoringExports {

    /** The files there are, by the name in their address. */
    public enum Kind { KPIS, SLA_RESULTS, INVOICES, TRIGGERS, QUALITY, GOVERNANCE;

        public String file() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> of(String file) {
            return Arrays.stream(values()).filter(k -> k.file().equals(file)).findFirst();
        }
    }

    private MonitoringExports() {
    }

    public static String csv(MonitoringView view, Kind kind) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            switch (kind) {
                case KPIS -> kpis(view, printer);
                case SLA_RESULTS -> {
                    printer.printRecord("period_start", "contract_version", "metric", "target", "threshold", "measured", "met",
                            "credit_percent", "credit", "credited", "currency");
                    for (var period : view.periods()) {
                        for (var r : period.results()) {
                            printer.printRecord(period.report().periodStart(), period.contractVersion(), r.metric(), r.target(), r.threshold(),
                                    r.measured(), r.met(), r.creditPercent(), r.credit(), r.credited(), view.currency());
                        }
                    }
                }
                case INVOICES -> {
                    printer.printRecord("invoice_number", "period_start", "amount", "currency", "exchange_rate", "invoiced", "measured_charge",
                            "credits", "expected", "difference", "causes", "recorded_by", "recorded_at");
                    for (var i : view.invoices()) {
                        var r = i.reconciliation();
                        printer.printRecord(i.invoice().invoiceNumber(), i.invoice().periodStart(), i.invoice().amount(), i.invoice().currency(),
                                i.invoice().exchangeRate(), r.invoiced(), r.measuredCharge(), r.credits(), r.expected(), r.difference(),
                                String.join(" | ", r.causes().stream().map(c -> c.explanation()).toList()), i.recordedBy(), i.recordedAt());
                    }
                }
                case TRIGGERS -> {
                    printer.printRecord("trigger_id", "kind", "metric", "period_start", "open", "description", "evidence", "triggered_at");
                    for (var t : view.triggers()) {
                        printer.printRecord(t.triggerId(), t.kind(), t.metric(), t.periodStart(), t.open(), t.description(),
                                String.join(" | ", t.evidence()), t.triggeredAt());
                    }
                }
                case QUALITY -> {
                    printer.printRecord("kind", "day", "channel", "scenario", "planned_for", "resolved", "wait_seconds", "handle_seconds",
                            "clarity", "courtesy", "sample_size", "average_score_percent", "findings", "feedback", "feedback_given_on", "by");
                    for (var c : view.testCalls()) {
                        var call = c.call();
                        printer.printRecord("TEST_CALL", call == null ? null : call.madeOn(), call == null ? c.plan().channel() : call.channel(),
                                call == null ? c.plan().scenario() : call.scenario(), c.plan() == null ? null : c.plan().dueOn(),
                                call == null ? null : call.resolved(), call == null ? null : call.waitSeconds(),
                                call == null ? null : call.handleSeconds(), call == null ? null : call.clarity(),
                                call == null ? null : call.courtesy(), null, null, call == null ? null : call.notes(), null, null,
                                call == null ? c.scheduledBy() : c.loggedBy());
                    }
                    for (var r : view.reviews()) {
                        var review = r.review();
                        printer.printRecord("RECORDING_REVIEW", review.reviewedOn(), null, null, null, null, null, null, null, null,
                                review.sampleSize(), review.averageScorePercent(), review.findings(), review.feedback(),
                                review.feedbackGivenOn(), r.recordedBy());
                    }
                }
                case GOVERNANCE -> {
                    printer.printRecord("meeting", "held_on", "attendees", "decisions", "item", "action", "owner", "due_on", "completed_on", "note");
                    for (var m : view.meetings()) {
                        var meeting = m.meeting();
                        if (m.items().isEmpty()) {
                            printer.printRecord(meeting.type(), meeting.heldOn(), String.join("; ", meeting.attendees()),
                                    String.join(" | ", meeting.decisions()), null, null, null, null, null, null);
                        }
                        for (var item : m.items()) {
                            printer.printRecord(meeting.type(), meeting.heldOn(), String.join("; ", meeting.attendees()),
                                    String.join(" | ", meeting.decisions()), item.number(), item.description(), item.owner(), item.dueOn(),
                                    item.completedOn(), item.note());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void kpis(MonitoringView view, CSVPrinter printer) throws IOException {
        var header = new ArrayList<Object>(List.of("period_start", "period_end", "contract_version", "offered", "handled"));
        for (SlaMetric metric : SlaMetric.values()) {
            header.add(metric.name().toLowerCase(java.util.Locale.ROOT));
        }
        header.addAll(List.of("complaints", "bad_reviews", "charge", "credits", "cost_per_contact", "currency", "breaches", "amendments"));
        printer.printRecord(header);
        for (var period : view.periods()) {
            var row = new ArrayList<Object>(List.of(period.report().periodStart(), period.periodEnd(), period.contractVersion(),
                    period.report().offered(), period.report().handled()));
            for (SlaMetric metric : SlaMetric.values()) {
                row.add(period.report().measure(metric).orElse(null));
            }
            var feedback = period.report().feedback();
            row.add(feedback == null ? null : feedback.complaints());
            row.add(feedback == null ? null : feedback.badReviews());
            row.add(period.charge().amount());
            row.add(period.credits());
            row.add(period.costPerContact().orElse(null));
            row.add(view.currency());
            row.add(period.breaches().size());
            row.add(period.amendments().size());
            printer.printRecord(row);
        }
    }
}
