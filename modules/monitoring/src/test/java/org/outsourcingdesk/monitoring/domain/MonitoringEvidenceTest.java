package org.outsourcingdesk.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.monitoring.domain.MonitoringFixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.monitoring.api.command.CompleteActionItemCommand;
import org.outsourcingdesk.monitoring.api.command.LogMonitoringTestCallCommand;
import org.outsourcingdesk.monitoring.api.command.RecordGovernanceMeetingCommand;
import org.outsourcingdesk.monitoring.api.command.RecordInvoiceCommand;
import org.outsourcingdesk.monitoring.api.command.RecordRecordingReviewCommand;
import org.outsourcingdesk.monitoring.api.command.ReportPeriodsCommand;
import org.outsourcingdesk.monitoring.api.command.ScheduleTestCallCommand;
import org.outsourcingdesk.monitoring.api.event.ActionItemCompletedEvent;
import org.outsourcingdesk.monitoring.api.event.GovernanceMeetingRecordedEvent;
import org.outsourcingdesk.monitoring.api.event.InvoiceReconciledEvent;
import org.outsourcingdesk.monitoring.api.event.QualityTestCallLoggedEvent;
import org.outsourcingdesk.monitoring.api.event.RecordingReviewRecordedEvent;
import org.outsourcingdesk.monitoring.api.event.TestCallScheduledEvent;
import org.outsourcingdesk.monitoring.api.model.ActionItem;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.MeetingType;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** Invoices reconciled against measured usage, test calls, recording reviews and the governance log, each rule by name. */
class MonitoringEvidenceTest {

    private static final ReportSource API = ReportSource.API;
    private FixtureConfiguration<Monitoring> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Monitoring.class);
    }

    /** January: 34,000 at the contracted rates, service level breached for a credit of 1,700; expected 32,300. */
    private org.axonframework.test.aggregate.TestExecutor<Monitoring> januaryBreached() {
        return fixture.given(MonitoringTest.started()).andGivenCommands(new ReportPeriodsCommand(MONITORING, List.of(month(1, 7_000, "90")),
                API, null, TODAY, "paula"));
    }

    private static Invoice invoice(String number, String minutes, String amount, String currency, String rate) {
        return new Invoice(number, LocalDate.of(2026, 1, 1), d(minutes), d("100"), null, d(amount), currency, rate == null ? null : d(rate));
    }

    @Test
    void anInvoiceAtTheMeasuredUsageLessCreditsMatches() {
        var published = new Published();
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, invoice("INV-1", "40000", "32300", "EUR", null), "paula"))
                .expectEventsMatching(published);
        var reconciliation = published.of(InvoiceReconciledEvent.class).get(0).reconciliation();
        assertThat(reconciliation.expected()).isEqualByComparingTo("32300.00");
        assertThat(reconciliation.matches()).isTrue();
        assertThat(reconciliation.causes()).isEmpty();
    }

    @Test
    void aDiscrepancyIsExplainedByExtraUnitsAndCreditsNotDeducted() {
        var published = new Published();
        // 1,000 minutes more than measured (800 at 0.80) and the credit of 1,700 not deducted: 2,500 too much
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, invoice("INV-2", "41000", "34800", "EUR", null), "paula"))
                .expectEventsMatching(published);
        var reconciliation = published.of(InvoiceReconciledEvent.class).get(0).reconciliation();
        assertThat(reconciliation.difference()).isEqualByComparingTo("2500.00");
        assertThat(reconciliation.causes()).extracting(c -> c.kind(), c -> c.amount().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNITS", "800.00"), org.assertj.core.groups.Tuple.tuple("CREDITS_NOT_DEDUCTED", "1700.00"));
        assertThat(reconciliation.causes().get(0).explanation()).isEqualTo("Billed 41000 minutes, measured 40000: 1000 minutes more at 0.8 each.");
    }

    @Test
    void anInvoiceInAnotherCurrencyNeedsTheRateThatConvertsIt() {
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, invoice("INV-3", "40000", "35000", "USD", null), "paula"))
                .expectNoEvents().expectException(rule("InvoiceCurrencyMatchesContract", "invoice.exchangeRate"));
        var published = new Published();
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, invoice("INV-3", "40000", "35000", "usd", "0.92"), "paula"))
                .expectEventsMatching(published);
        var event = published.of(InvoiceReconciledEvent.class).get(0);
        assertThat(event.invoice().currency()).isEqualTo("USD");
        assertThat(event.reconciliation().invoiced()).isEqualByComparingTo("32200.00");
        assertThat(event.reconciliation().causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("PRICE");
            assertThat(c.amount()).isEqualByComparingTo("-100.00");
        });
    }

    @Test
    void anInvoiceNamesAReportedPeriodOnce() {
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, new Invoice("INV-4", LocalDate.of(2026, 2, 1), null, null, null, d("1"),
                "EUR", null), "paula")).expectNoEvents().expectException(rule("InvoicePeriodReported", "invoice.periodStart"));
        januaryBreached().andGivenCommands(new RecordInvoiceCommand(MONITORING, invoice("INV-5", "40000", "32300", "EUR", null), "paula"))
                .when(new RecordInvoiceCommand(MONITORING, invoice("inv-5", "40000", "32300", "EUR", null), "paula"))
                .expectNoEvents().expectException(rule("InvoiceNumberUnique", "invoice.invoiceNumber"));
        januaryBreached().when(new RecordInvoiceCommand(MONITORING, invoice("INV-6", "40000", "-1", "EUR", null), "paula"))
                .expectNoEvents().expectException(rule("InvoiceAmountRequired", "invoice.amount"));
    }

    @Test
    void aPlannedTestCallIsLoggedOnceMadeAndScoredOnTheScale() {
        var plan = new PlannedTestCall(TODAY.plusDays(3), Channel.INBOUND_VOICE, "Billing dispute, angry customer");
        fixture.given(MonitoringTest.started()).when(new ScheduleTestCallCommand(MONITORING, "call-1", plan, TODAY, "paula"))
                .expectEvents(new TestCallScheduledEvent(ENGAGEMENT, MONITORING, "call-1", plan, "paula"));
        fixture.given(MonitoringTest.started()).when(new ScheduleTestCallCommand(MONITORING, "call-1",
                new PlannedTestCall(TODAY.minusDays(1), Channel.INBOUND_VOICE, "Late"), TODAY, "paula"))
                .expectNoEvents().expectException(rule("TestCallPlannedAhead", "plan.dueOn"));
        fixture.given(MonitoringTest.started()).when(new ScheduleTestCallCommand(MONITORING, "call-1",
                new PlannedTestCall(TODAY, Channel.CHAT, "Chat"), TODAY, "paula"))
                .expectNoEvents().expectException(rule("ChannelInContract", "plan.channel"));

        var made = new TestCall(TODAY, Channel.INBOUND_VOICE, "Billing dispute", 45, 380, true, 4, 5, "Calm and clear");
        var scheduled = new TestCallScheduledEvent(ENGAGEMENT, MONITORING, "call-1", plan, "paula");
        fixture.given(MonitoringTest.started(), scheduled).when(new LogMonitoringTestCallCommand(MONITORING, "call-1", made, TODAY, "paula"))
                .expectEvents(new QualityTestCallLoggedEvent(ENGAGEMENT, MONITORING, "call-1", made, "paula"));
        fixture.given(MonitoringTest.started(), scheduled, new QualityTestCallLoggedEvent(ENGAGEMENT, MONITORING, "call-1", made, "paula"))
                .when(new LogMonitoringTestCallCommand(MONITORING, "call-1", made, TODAY, "paula"))
                .expectNoEvents().expectException(rule("TestCallLoggedOnce", "callId"));
        fixture.given(MonitoringTest.started()).when(new LogMonitoringTestCallCommand(MONITORING, "call-2",
                new TestCall(TODAY.plusDays(1), Channel.INBOUND_VOICE, "Tomorrow", 1, 1, true, 3, 3, null), TODAY, "paula"))
                .expectNoEvents().expectException(rule("TestCallMadeInContract", "call.madeOn"));
        fixture.given(MonitoringTest.started()).when(new LogMonitoringTestCallCommand(MONITORING, "call-2",
                new TestCall(TODAY, Channel.INBOUND_VOICE, "Score", 1, 1, true, 6, 3, null), TODAY, "paula"))
                .expectNoEvents().expectException(rule("ScoreOnScale", "call.clarity"));
    }

    @Test
    void aRecordingReviewHasASampleAScoreFindingsAndFeedbackNotBeforeIt() {
        var review = new RecordingReview(TODAY.minusDays(2), 25, d("82.5"), "Hold used instead of transfer", "Coached on transfers",
                TODAY.minusDays(1));
        fixture.given(MonitoringTest.started()).when(new RecordRecordingReviewCommand(MONITORING, "r-1", review, TODAY, "paula"))
                .expectEvents(new RecordingReviewRecordedEvent(ENGAGEMENT, MONITORING, "r-1", review, "paula"));
        expectReview(new RecordingReview(TODAY, 0, d("80"), "x", null, null), "SampleNotEmpty", "review.sampleSize");
        expectReview(new RecordingReview(TODAY, 5, d("101"), "x", null, null), "PercentWithin0To100", "review.averageScorePercent");
        expectReview(new RecordingReview(TODAY, 5, d("80"), " ", null, null), "FindingsRequired", "review.findings");
        expectReview(new RecordingReview(TODAY, 5, d("80"), "x", "Told them", TODAY.minusDays(1)), "FeedbackAfterReview",
                "review.feedbackGivenOn");
        expectReview(new RecordingReview(TODAY.plusDays(1), 5, d("80"), "x", null, null), "ReviewDayRequired", "review.reviewedOn");
    }

    private void expectReview(RecordingReview review, String rule, String field) {
        fixture.given(MonitoringTest.started()).when(new RecordRecordingReviewCommand(MONITORING, "r-2", review, TODAY, "paula"))
                .expectNoEvents().expectException(rule(rule, field));
    }

    @Test
    void aMeetingHasAttendeesAndCompleteActionItemsEachDoneOnce() {
        var meeting = new GovernanceMeeting(MeetingType.MONTHLY_PERFORMANCE, TODAY.minusDays(10), List.of("Paula", "Jo Reyes"),
                List.of("Extra staff on Mondays"), List.of(new ActionItem("Roster two more agents on Mondays", "Jo Reyes", TODAY.minusDays(3))));
        var recorded = new GovernanceMeetingRecordedEvent(ENGAGEMENT, MONITORING, "mt-1", meeting, "paula");
        fixture.given(MonitoringTest.started()).when(new RecordGovernanceMeetingCommand(MONITORING, "mt-1", meeting, TODAY, "paula"))
                .expectEvents(recorded);
        fixture.given(MonitoringTest.started()).when(new RecordGovernanceMeetingCommand(MONITORING, "mt-2", new GovernanceMeeting(
                        MeetingType.OPERATIONS, TODAY, List.of(" "), List.of(), List.of()), TODAY, "paula"))
                .expectNoEvents().expectException(rule("AttendeesRequired", "meeting.attendees"));
        fixture.given(MonitoringTest.started()).when(new RecordGovernanceMeetingCommand(MONITORING, "mt-2", new GovernanceMeeting(
                        MeetingType.OPERATIONS, TODAY, List.of("Paula"), List.of(), List.of(new ActionItem("Do it", null, TODAY))), TODAY, "paula"))
                .expectNoEvents().expectException(rule("ActionItemComplete", "meeting.actionItems[0]"));
        fixture.given(MonitoringTest.started()).when(new RecordGovernanceMeetingCommand(MONITORING, "mt-2", new GovernanceMeeting(
                        MeetingType.OPERATIONS, TODAY.plusDays(1), List.of("Paula"), List.of(), List.of()), TODAY, "paula"))
                .expectNoEvents().expectException(rule("MeetingNotInFuture", "meeting.heldOn"));

        var done = new ActionItemCompletedEvent(ENGAGEMENT, MONITORING, "mt-1", 1, TODAY, null, "paula");
        fixture.given(MonitoringTest.started(), recorded).when(new CompleteActionItemCommand(MONITORING, "mt-1", 1, TODAY, " ", TODAY, "paula"))
                .expectEvents(done);
        fixture.given(MonitoringTest.started(), recorded, done).when(new CompleteActionItemCommand(MONITORING, "mt-1", 1, TODAY, null, TODAY, "paula"))
                .expectNoEvents().expectException(rule("ActionItemOpen", "item"));
        fixture.given(MonitoringTest.started(), recorded).when(new CompleteActionItemCommand(MONITORING, "mt-1", 2, TODAY, null, TODAY, "paula"))
                .expectNoEvents().expectException(rule("ActionItemExists", "item"));
        fixture.given(MonitoringTest.started(), recorded).when(new CompleteActionItemCommand(MONITORING, "mt-1", 1,
                TODAY.minusDays(11), null, TODAY, "paula")).expectNoEvents().expectException(rule("CompletedInTime", "completedOn"));
    }
}
