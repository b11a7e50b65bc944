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
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.monitoring.api.command.ApplyContractVersionCommand;
import org.outsourcingdesk.monitoring.api.command.ReportPeriodsCommand;
import org.outsourcingdesk.monitoring.api.event.ContractVersionAppliedEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportAmendedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportedEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.event.SlaBreachedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaMetEvent;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;

/** Periods reported, judged by the contract version in force, credited within the cap, and the triggers they fire. */
class MonitoringTest {

    private FixtureConfiguration<Monitoring> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Monitoring.class);
    }

    private static ReportPeriodsCommand reporting(PeriodReport... reports) {
        return new ReportPeriodsCommand(MONITORING, List.of(reports), ReportSource.API, null, TODAY, "paula");
    }

    @Test
    void monitoringBeginsFromTheFirstVersionWithTheInHouseBaseline() {
        var published = new Published();
        fixture.givenNoPriorActivity().when(START_COMMAND).expectSuccessfulHandlerExecution().expectEventsMatching(published);
        var started = published.of(MonitoringStartedEvent.class).get(0);
        assertThat(started.cadence()).isEqualTo(MeasurementPeriod.MONTHLY);
        assertThat(started.currency()).isEqualTo("EUR");
        assertThat(started.baselineCostPerContact()).isEqualByComparingTo("5.00");
        assertThat(started.version()).isEqualTo(V1);
    }

    @Test
    void aContractWhoseSlasAreAllWeeklyIsReportedInWeeksFromMondayWithAWeeksShareOfMonthlyAmounts() {
        var weekly = new org.outsourcingdesk.contracting.api.model.ServiceLevels(List.of(new org.outsourcingdesk.contracting.api.model
                .ServiceLevel(SlaMetric.SERVICE_LEVEL, d("80"), 20, MeasurementPeriod.WEEKLY, d("5"))), d("6"));
        var version = new org.outsourcingdesk.contracting.api.model.ContractVersion(1, START, TERM, weekly, List.of(VOICE, EMAIL), "Signed",
                "marc", V1.approvedAt());
        var published = new Published();
        fixture.givenNoPriorActivity().when(new org.outsourcingdesk.monitoring.api.command.StartMonitoringCommand(MONITORING, ENGAGEMENT,
                CONTRACT, "Bayside", version, TERMINATION, "marc")).expectEventsMatching(published);
        var started = published.of(MonitoringStartedEvent.class).get(0);
        assertThat(started.cadence()).isEqualTo(MeasurementPeriod.WEEKLY);
        var week = report(LocalDate.of(2026, 1, 5), 8_500, "90", "10000", 0); // a Monday
        fixture.given(started).when(reporting(week)).expectEventsMatching(published);
        var charge = published.of(PeriodReportedEvent.class).get(0).charge();
        assertThat(published.of(PeriodReportedEvent.class).get(0).periodEnd()).isEqualTo(LocalDate.of(2026, 1, 11));
        // voice: 10,000 min × 0.80 = 8,000, above a week's share of the 30,000 minimum (6,923.08); email 100 h × 20
        assertThat(charge.minimum()).isEqualByComparingTo("6923.08");
        assertThat(charge.amount()).isEqualByComparingTo("10000.00");
        fixture.given(started).when(reporting(report(LocalDate.of(2026, 1, 6), 8_500, "90", "10000", 0))).expectNoEvents()
                .expectException(rule("PeriodStartsOnBoundary", "reports[0].periodStart"));
    }

    @Test
    void aMetPeriodCostsItsUsageAtTheContractedRates() {
        var published = new Published();
        fixture.given(started()).when(reporting(month(1, 8_500, "90"))).expectSuccessfulHandlerExecution().expectEventsMatching(published);
        var reported = published.of(PeriodReportedEvent.class).get(0);
        assertThat(reported.periodEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(reported.contractVersion()).isEqualTo(1);
        assertThat(reported.charge().amount()).isEqualByComparingTo("34000.00"); // 40,000 min × 0.80 + 100 h × 20
        assertThat(reported.charge().minimumApplied()).isFalse();
        assertThat(published.of(SlaMetEvent.class)).extracting(e -> e.result().metric(), e -> e.result().measured().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaMetric.SERVICE_LEVEL, "85.0"),
                        org.assertj.core.groups.Tuple.tuple(SlaMetric.CUSTOMER_SATISFACTION, "90.0"));
        assertThat(published.of(SlaBreachedEvent.class)).isEmpty();
        assertThat(published.of(ReviewTriggeredEvent.class)).isEmpty();
    }

    @Test
    void breachesEarnCreditsThatTogetherStayWithinTheCap() {
        var published = new Published();
        fixture.given(started()).when(reporting(month(1, 7_000, "80"))).expectEventsMatching(published);
        var breaches = published.of(SlaBreachedEvent.class);
        assertThat(breaches).hasSize(2);
        // 5 % of 34,000 is 1,700; 3 % is 1,020; the cap of 6 % is 2,040, so satisfaction is credited 340
        assertThat(breaches.get(0).result().credit()).isEqualByComparingTo("1700.00");
        assertThat(breaches.get(0).result().credited()).isEqualByComparingTo("1700.00");
        assertThat(breaches.get(1).result().credit()).isEqualByComparingTo("1020.00");
        assertThat(breaches.get(1).result().credited()).isEqualByComparingTo("340.00");
        assertThat(breaches.get(1).result().capped()).isTrue();
        assertThat(breaches.get(0).result().measured()).isEqualByComparingTo("70.0");
    }

    @Test
    void eachPeriodIsJudgedByTheVersionInForceOnItsFirstDay() {
        var published = new Published();
        // 76 % answered in time: a breach of version 1's 80 % in March, within version 2's 75 % from April
        fixture.given(started(), new ContractVersionAppliedEvent(ENGAGEMENT, MONITORING, V2))
                .when(reporting(month(4, 7_600, "90"), month(3, 7_600, "90"))).expectEventsMatching(published);
        var reported = published.of(PeriodReportedEvent.class);
        assertThat(reported).extracting(e -> e.report().periodStart(), PeriodReportedEvent::contractVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 1), 1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), 2));
        var march = published.of(SlaBreachedEvent.class);
        assertThat(march).singleElement().satisfies(b -> {
            assertThat(b.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(b.contractVersion()).isEqualTo(1);
            assertThat(b.result().target()).isEqualByComparingTo("80");
            assertThat(b.result().credited()).isEqualByComparingTo("1700.00");
        });
        assertThat(published.of(SlaMetEvent.class)).filteredOn(m -> m.result().metric() == SlaMetric.SERVICE_LEVEL)
                .singleElement().satisfies(m -> {
                    assertThat(m.periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
                    assertThat(m.contractVersion()).isEqualTo(2);
                    assertThat(m.result().target()).isEqualByComparingTo("75");
                });
    }

    @Test
    void afterTheAmendmentABreachIsCreditedByItsOwnTerms() {
        var published = new Published();
        fixture.given(started(), new ContractVersionAppliedEvent(ENGAGEMENT, MONITORING, V2))
                .when(reporting(month(5, 7_000, "90"))).expectEventsMatching(published);
        // version 2: 10 % of 34,000 is 3,400, above its cap of 8 % (2,720)
        assertThat(published.of(SlaBreachedEvent.class)).singleElement().satisfies(b -> {
            assertThat(b.contractVersion()).isEqualTo(2);
            assertThat(b.result().credit()).isEqualByComparingTo("3400.00");
            assertThat(b.result().credited()).isEqualByComparingTo("2720.00");
        });
    }

    @Test
    void aVersionIsAppliedOnce() {
        fixture.given(started(), new ContractVersionAppliedEvent(ENGAGEMENT, MONITORING, V2))
                .when(new ApplyContractVersionCommand(MONITORING, V2, "marc")).expectNoEvents();
        fixture.given(started()).when(new ApplyContractVersionCommand(MONITORING, V2, "marc"))
                .expectEvents(new ContractVersionAppliedEvent(ENGAGEMENT, MONITORING, V2));
    }

    @Test
    void serviceLevelBreachedInTwoConsecutivePeriodsIsAGroundForCause() {
        var published = new Published();
        fixture.given(started()).andGivenCommands(reporting(month(1, 8_500, "90"), month(2, 7_000, "90")))
                .when(reporting(month(3, 7_500, "90"))).expectEventsMatching(published);
        var trigger = published.of(ReviewTriggeredEvent.class);
        assertThat(trigger).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.FOR_CAUSE);
            assertThat(t.metric()).isEqualTo(SlaMetric.SERVICE_LEVEL);
            assertThat(t.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(t.evidence()).containsExactly("2026-02-01: Service level: % answered within T seconds 70.0 % against 80: breached",
                    "2026-03-01: Service level: % answered within T seconds 75.0 % against 80: breached");
        });
    }

    @Test
    void satisfactionBreachedInTwoOfThreePeriodsIsAGroundForCauseAndAnOpenTriggerDoesNotFireAgain() {
        var published = new Published();
        fixture.given(started()).andGivenCommands(reporting(month(1, 8_500, "80"), month(2, 8_500, "90")))
                .when(reporting(month(3, 8_500, "82"), month(4, 8_500, "81"))).expectEventsMatching(published);
        assertThat(published.of(ReviewTriggeredEvent.class)).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo(SlaMetric.CUSTOMER_SATISFACTION);
            assertThat(t.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(t.triggerId()).isEqualTo(MONITORING + "-trigger-1");
        });
    }

    @Test
    void usageWorthLessThanTheMinimumChargesTheMinimumAndTriggersAReview() {
        var published = new Published();
        fixture.given(started()).when(reporting(report(LocalDate.of(2026, 1, 1), 8_500, "90", "30000", 10)))
                .expectEventsMatching(published);
        var charge = published.of(PeriodReportedEvent.class).get(0).charge();
        // voice: 30,000 min × 0.80 = 24,000, below its minimum of 30,000; plus email 2,000
        assertThat(charge.usage()).isEqualByComparingTo("26000.00");
        assertThat(charge.amount()).isEqualByComparingTo("32000.00");
        assertThat(charge.minimumApplied()).isTrue();
        assertThat(published.of(ReviewTriggeredEvent.class)).extracting(ReviewTriggeredEvent::kind)
                .containsExactly(TriggerKind.VOLUME_BELOW_MINIMUM);
    }

    @Test
    void aContactDearerThanInHouseTriggersAReview() {
        var published = new Published();
        var dear = withVoice(month(1, 4_250, "90"), new KpiLine(Channel.INBOUND_VOICE, 5_000L, 4_500L, 500L, 4_250L, 25, 300, 30, 450L,
                d("90"), d("90"), null, d("40000"), null));
        fixture.given(started()).when(reporting(dear)).expectEventsMatching(published);
        // 34,000 over 5,000 contacts handled is 6.80 a contact, above 5.00 in-house
        assertThat(published.of(ReviewTriggeredEvent.class)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.COST_ABOVE_BASELINE);
            assertThat(t.description()).contains("6.80").contains("5.00");
        });
    }

    @Test
    void aSpikeInComplaintsTriggersAReview() {
        var published = new Published();
        fixture.given(started()).andGivenCommands(reporting(report(LocalDate.of(2026, 1, 1), 8_500, "90", "40000", 10),
                        report(LocalDate.of(2026, 2, 1), 8_500, "90", "40000", 12)))
                .when(reporting(report(LocalDate.of(2026, 3, 1), 8_500, "90", "40000", 40))).expectEventsMatching(published);
        // 4.0 per 1,000 contacts against an average of 1.1 before
        assertThat(published.of(ReviewTriggeredEvent.class)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.COMPLAINTS_SPIKE);
            assertThat(t.evidence()).hasSize(3).last().asString().contains("4.00 per 1,000");
        });
        fixture.given(started()).andGivenCommands(reporting(report(LocalDate.of(2026, 1, 1), 8_500, "90", "40000", 10),
                        report(LocalDate.of(2026, 2, 1), 8_500, "90", "40000", 12)))
                .when(reporting(report(LocalDate.of(2026, 3, 1), 8_500, "90", "40000", 15)))
                .expectEventsMatching(published);
        assertThat(published.of(ReviewTriggeredEvent.class)).isEmpty();
    }

    @Test
    void aPeriodReportedAgainIsAnAmendmentWithAReasonAndIsJudgedAgain() {
        fixture.given(started()).andGivenCommands(reporting(month(1, 7_000, "90")))
                .when(reporting(month(1, 8_500, "90"))).expectNoEvents()
                .expectException(rule("AmendmentReasonRequired", "amendmentReason"));
        var published = new Published();
        fixture.given(started()).andGivenCommands(reporting(month(1, 7_000, "90")))
                .when(new ReportPeriodsCommand(MONITORING, List.of(month(1, 8_500, "90")), ReportSource.FORM,
                        "The vendor's first report counted callbacks as abandoned", TODAY, "paula"))
                .expectEventsMatching(published);
        assertThat(published.of(PeriodReportAmendedEvent.class)).singleElement()
                .satisfies(a -> assertThat(a.reason()).startsWith("The vendor's first report"));
        assertThat(published.of(SlaMetEvent.class)).hasSize(2);
    }

    @Test
    void aReportKeepsItsRulesAndNothingOfABatchIsTakenWhenOneIsWrong() {
        var good = month(1, 8_500, "90");
        expectRefused(withVoice(good, new KpiLine(Channel.INBOUND_VOICE, 10_000L, 9_600L, 500L, 8_500L, 25, 300, 30, 950L, d("90"),
                d("90"), null, d("40000"), null)), "AbandonedPlusHandledWithinOffered", "reports[1].lines[0].abandoned", good);
        expectRefused(withVoice(good, new KpiLine(Channel.INBOUND_VOICE, 10_000L, 9_500L, 500L, 8_500L, 25, 300, 30, 950L, d("101"),
                d("90"), null, d("40000"), null)), "PercentWithin0To100", "reports[1].lines[0].satisfactionPercent", good);
        expectRefused(month(11, 8_500, "90"), "PeriodNotInFuture", "reports[1].periodStart", good);
        expectRefused(report(LocalDate.of(2025, 12, 1), 8_500, "90", "40000", 0), "PeriodWithinContract", "reports[1].periodStart", good);
        expectRefused(report(LocalDate.of(2026, 2, 2), 8_500, "90", "40000", 0), "PeriodStartsOnBoundary", "reports[1].periodStart", good);
        expectRefused(withVoice(good, new KpiLine(Channel.INBOUND_VOICE, 10_000L, 9_500L, 500L, null, 25, 300, 30, 950L, d("90"), d("90"),
                null, d("40000"), null)), "SlaFiguresReported", "reports[1].lines", good);
        expectRefused(withVoice(good, new KpiLine(Channel.INBOUND_VOICE, 10_000L, 9_500L, 500L, 8_500L, 25, 300, 30, 950L, d("90"),
                d("90"), null, null, null)), "BilledUsageReported", "reports[1].lines", good);
        expectRefused(withVoice(good, new KpiLine(Channel.CHAT, 10_000L, 9_500L, 500L, 8_500L, 25, 300, 30, 950L, d("90"), d("90"),
                null, d("40000"), null)), "ChannelInContract", "reports[1].lines[0].channel", good);
        fixture.given(started()).when(reporting(good, month(1, 8_000, "90"))).expectNoEvents()
                .expectException(rule("PeriodOnceInReport", "reports[1].periodStart"));
    }

    private void expectRefused(PeriodReport bad, String rule, String field, PeriodReport good) {
        fixture.given(started()).when(reporting(good, bad)).expectNoEvents().expectException(rule(rule, field));
    }

    static MonitoringStartedEvent started() {
        return new MonitoringStartedEvent(ENGAGEMENT, MONITORING, CONTRACT, "Bayside", V1, TERMINATION, MeasurementPeriod.MONTHLY, "EUR",
                d("5.00"), null, "marc");
    }
}
