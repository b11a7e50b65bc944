package org.outsourcingdesk.monitoring.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.monitoring.api.event.ActionItemCompletedEvent;
import org.outsourcingdesk.monitoring.api.event.ContractVersionAppliedEvent;
import org.outsourcingdesk.monitoring.api.event.GovernanceMeetingRecordedEvent;
import org.outsourcingdesk.monitoring.api.event.InvoiceReconciledEvent;
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
import org.outsourcingdesk.monitoring.api.model.SlaResult;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.Amendment;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.InvoiceView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.ItemView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.MeetingView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.PeriodView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.ReviewView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.TestCallView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.TriggerView;

/**
 * The pure function from a contract's monitoring events to its {@link MonitoringView}: the live read
 * model, the aggregate and the auditors' "as of" all fold with it. An event it does not know leaves
 * the view as it was; an event folded twice (a redelivery) leaves it as once: every list is keyed.
 */
public final class MonitoringFolds {

    private MonitoringFolds() {
    }

    public static MonitoringView monitoring(MonitoringView before, Object event, Instant at) {
        if (event instanceof MonitoringStartedEvent e) {
            return new MonitoringView(e.engagementId().value(), e.monitoringId(), e.contractId(), e.vendorName(), e.cadence(),
                    e.currency(), e.baselineCostPerContact(), e.expectedAnnualSaving(), List.of(e.version()), e.termination(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), at);
        }
        if (before == null) {
            return null;
        }
        var view = new Fold(before);
        switch (event) {
            case ContractVersionAppliedEvent e -> {
                view.versions.removeIf(v -> v.number() == e.version().number());
                view.versions.add(e.version());
                view.versions.sort(Comparator.comparingInt(ContractVersion::number));
            }
            case PeriodReportedEvent e -> {
                if (before.period(e.report().periodStart()).filter(p -> p.reportedAt().equals(at)).isPresent()) {
                    return before;
                }
                view.periods.removeIf(p -> p.report().periodStart().equals(e.report().periodStart()));
                view.periods.add(new PeriodView(e.report(), e.periodEnd(), e.contractVersion(), e.charge(), e.source(), e.reportedBy(), at,
                        List.of(), List.of()));
                view.periods.sort(Comparator.comparing(p -> p.report().periodStart()));
            }
            case PeriodReportAmendedEvent e -> view.replacePeriod(e.report().periodStart(), p -> {
                if (p.amendments().stream().anyMatch(a -> a.amendedAt().equals(at))) {
                    return p;
                }
                var amendments = new ArrayList<>(p.amendments());
                amendments.add(new Amendment(e.reason(), e.amendedBy(), at));
                return new PeriodView(e.report(), e.periodEnd(), e.contractVersion(), e.charge(), e.source(), p.reportedBy(),
                        p.reportedAt(), amendments, List.of());
            });
            case SlaMetEvent e -> view.result(e.periodStart(), e.result());
            case SlaBreachedEvent e -> view.result(e.periodStart(), e.result());
            case ReviewTriggeredEvent e -> {
                if (view.triggers.stream().noneMatch(t -> t.triggerId().equals(e.triggerId()))) {
                    view.triggers.add(new TriggerView(e.triggerId(), e.kind(), e.metric(), e.periodStart(), e.description(), e.evidence(),
                            at, true));
                }
            }
            case ReviewTriggersClosedEvent e -> view.triggers.replaceAll(t -> !e.triggerIds().contains(t.triggerId()) ? t
                    : new TriggerView(t.triggerId(), t.kind(), t.metric(), t.periodStart(), t.description(), t.evidence(), t.triggeredAt(), false));
            case TestCallScheduledEvent e -> {
                if (view.indexOfCall(e.callId()) < 0) {
                    view.testCalls.add(new TestCallView(e.callId(), e.plan(), e.scheduledBy(), null, null));
                }
            }
            case QualityTestCallLoggedEvent e -> {
                int planned = view.indexOfCall(e.callId());
                if (planned >= 0) {
                    var call = view.testCalls.get(planned);
                    view.testCalls.set(planned, new TestCallView(call.callId(), call.plan(), call.scheduledBy(), e.call(), e.loggedBy()));
                } else {
                    view.testCalls.add(new TestCallView(e.callId(), null, null, e.call(), e.loggedBy()));
                }
            }
            case RecordingReviewRecordedEvent e -> {
                if (view.reviews.stream().noneMatch(r -> r.reviewId().equals(e.reviewId()))) {
                    view.reviews.add(new ReviewView(e.reviewId(), e.review(), e.recordedBy(), at));
                }
            }
            case InvoiceReconciledEvent e -> {
                if (view.invoices.stream().noneMatch(i -> i.invoice().invoiceNumber().equals(e.invoice().invoiceNumber()))) {
                    view.invoices.add(new InvoiceView(e.invoice(), e.reconciliation(), e.recordedBy(), at));
                }
            }
            case GovernanceMeetingRecordedEvent e -> {
                if (view.meetings.stream().anyMatch(m -> m.meetingId().equals(e.meetingId()))) {
                    return before;
                }
                var items = new ArrayList<ItemView>();
                for (int i = 0; i < e.meeting().actionItems().size(); i++) {
                    var item = e.meeting().actionItems().get(i);
                    items.add(new ItemView(i + 1, item.description(), item.owner(), item.dueOn(), null, null, null));
                }
                view.meetings.add(new MeetingView(e.meetingId(), e.meeting(), e.recordedBy(), at, items));
            }
            case ActionItemCompletedEvent e -> view.completeItem(e);
            default -> {
                return before;
            }
        }
        return view.view(at);
    }

    /** The view's lists, to change while one event is folded. */
    private static final class Fold {
        final MonitoringView before;
        final List<ContractVersion> versions;
        final List<PeriodView> periods;
        final List<TriggerView> triggers;
        final List<TestCallView> testCalls;
        final List<ReviewView> reviews;
        final List<InvoiceView> invoices;
        final List<MeetingView> meetings;

        Fold(MonitoringView before) {
            this.before = before;
            versions = new ArrayList<>(before.versions());
            periods = new ArrayList<>(before.periods());
            triggers = new ArrayList<>(before.triggers());
            testCalls = new ArrayList<>(before.testCalls());
            reviews = new ArrayList<>(before.reviews());
            invoices = new ArrayList<>(before.invoices());
            meetings = new ArrayList<>(before.meetings());
        }

        void replacePeriod(java.time.LocalDate start, java.util.function.UnaryOperator<PeriodView> change) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).report().periodStart().equals(start)) {
                    periods.set(i, change.apply(periods.get(i)));
                }
            }
        }

        void result(java.time.LocalDate start, SlaResult result) {
            replacePeriod(start, p -> {
                var results = new ArrayList<>(p.results());
                results.removeIf(r -> r.metric() == result.metric());
                results.add(result);
                return new PeriodView(p.report(), p.periodEnd(), p.contractVersion(), p.charge(), p.source(), p.reportedBy(),
                        p.reportedAt(), p.amendments(), results);
            });
        }

        int indexOfCall(String callId) {
            for (int i = 0; i < testCalls.size(); i++) {
                if (testCalls.get(i).callId().equals(callId)) {
                    return i;
                }
            }
            return -1;
        }

        void completeItem(ActionItemCompletedEvent e) {
            for (int m = 0; m < meetings.size(); m++) {
                var meeting = meetings.get(m);
                if (meeting.meetingId().equals(e.meetingId())) {
                    var items = new ArrayList<>(meeting.items());
                    items.replaceAll(i -> i.number() != e.item() ? i
                            : new ItemView(i.number(), i.description(), i.owner(), i.dueOn(), e.completedOn(), e.note(), e.completedBy()));
                    meetings.set(m, new MeetingView(meeting.meetingId(), meeting.meeting(), meeting.recordedBy(), meeting.recordedAt(), items));
                }
            }
        }

        MonitoringView view(Instant at) {
            return new MonitoringView(before.engagementId(), before.monitoringId(), before.contractId(), before.vendorName(),
                    before.cadence(), before.currency(), before.baselineCostPerContact(), before.expectedAnnualSaving(), versions,
                    before.termination(), periods, triggers, testCalls, reviews, invoices, meetings, at);
        }
    }
}
