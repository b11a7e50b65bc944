package org.outsourcingdesk.sourcing.domain.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.command.LogTestCallCommand;
import org.outsourcingdesk.sourcing.api.command.RecordDueDiligenceCommand;
import org.outsourcingdesk.sourcing.api.command.RecordQuoteCommand;
import org.outsourcingdesk.sourcing.api.command.RecordReviewFindingCommand;
import org.outsourcingdesk.sourcing.api.command.ScoreVendorCommand;
import org.outsourcingdesk.sourcing.api.command.SetEvaluationCriteriaCommand;
import org.outsourcingdesk.sourcing.api.command.SetMandatoryDueDiligenceCommand;
import org.outsourcingdesk.sourcing.api.event.DueDiligenceRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.MandatoryDueDiligenceSetEvent;
import org.outsourcingdesk.sourcing.api.event.QuoteRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ReviewFindingRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundCancelledEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.TestCallLoggedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorScoredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.Sentiment;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.domain.quote.QuoteNormaliser;

/** What a round records of its vendors: quotes, due diligence, test calls, reviews and scores, each rule with its name. */
class SourcingRoundEvidenceTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final String ROUND = ENGAGEMENT.value() + "-round-7";
    private static final List<Criterion> CRITERIA = List.of(new Criterion("COST", "Cost", 60), new Criterion("QUALITY", "Quality", 40));
    private static final SourcingRoundOpenedEvent OPENED = new SourcingRoundOpenedEvent(ENGAGEMENT, ROUND, 1,
            List.of(Channel.EMAIL), List.of("ASIA_PHILIPPINES"), List.of(PricingModel.DEDICATED_HOURLY), CRITERIA, "marc");
    private static final VendorShortlistedEvent BAYSIDE = new VendorShortlistedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 2, "paula");
    private static final Quote HOURLY = new Quote(PricingModel.DEDICATED_HOURLY, "USD", null, new BigDecimal("12.50"),
            BillingBasis.PRODUCTIVE, null, null, null, null, null, null, null, 24);
    private static final QuoteVolume VOLUME = new QuoteVolume(48_000L, 420, new BigDecimal("9000"), new BigDecimal("250000"));
    private static final QuoteCost COST = QuoteNormaliser.cost(HOURLY, VOLUME, null, null);
    private static final List<Score> SCORES = List.of(new Score("COST", 4, "Cheapest hourly rate"),
            new Score("QUALITY", 3, " Slow email answers "));

    private FixtureConfiguration<SourcingRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourcingRound.class);
    }

    @Test
    void aQuoteIsForAChannelOfTheScopeHasWhatItsModelNeedsAndCountsItsRevisions() {
        fixture.given(OPENED, BAYSIDE).when(quote(Channel.EMAIL, HOURLY))
                .expectEvents(recorded(1));
        fixture.given(OPENED, BAYSIDE, recorded(1)).when(quote(Channel.EMAIL, HOURLY)).expectEvents(recorded(2));
        fixture.given(OPENED, BAYSIDE).when(quote(Channel.INBOUND_VOICE, HOURLY))
                .expectNoEvents().expectException(rule("QuoteChannelInScope", "channel"));
        var commissionWithoutBasis = new Quote(PricingModel.COMMISSION, "USD", null, null, null, null, null, null,
                new BigDecimal("15"), null, null, null, 12);
        fixture.given(OPENED, BAYSIDE).when(quote(Channel.EMAIL, commissionWithoutBasis))
                .expectNoEvents().expectException(rule("CommissionQuoteHasRevenueBasis", "quote.revenueBasisPerYear"));
        var perMinute = new Quote(PricingModel.SHARED_PER_MINUTE, "USD", new BigDecimal("0.45"), null, null, null, null, null, null,
                null, null, null, 12);
        fixture.given(OPENED, BAYSIDE).when(quote(Channel.EMAIL, perMinute))
                .expectNoEvents().expectException(rule("QuoteModelFitsChannel", "quote.pricingModel"));
        fixture.given(OPENED).when(quote(Channel.EMAIL, HOURLY))
                .expectNoEvents().expectException(rule("VendorOnShortlist", "vendorId"));
        fixture.given(OPENED, BAYSIDE, new SourcingRoundCancelledEvent(ENGAGEMENT, ROUND, "reopened", "marc"))
                .when(quote(Channel.EMAIL, HOURLY)).expectNoEvents().expectException(rule("RoundOpen", null));
    }

    @Test
    void dueDiligenceHasEvidenceAndReferencesNameWhoWhereAndWhat() {
        fixture.given(OPENED).when(new SetMandatoryDueDiligenceCommand(ROUND, List.of(DueDiligenceItem.LABOUR_LAW,
                        DueDiligenceItem.DATA_PROTECTION, DueDiligenceItem.LABOUR_LAW), "paula"))
                .expectEvents(new MandatoryDueDiligenceSetEvent(ENGAGEMENT, ROUND, List.of(DueDiligenceItem.DATA_PROTECTION,
                        DueDiligenceItem.LABOUR_LAW), "paula"));
        var reference = new ReferenceCheck(" Jo Reyes ", "Acme Retail", "Renewed twice; weak at month end");
        fixture.given(OPENED, BAYSIDE).when(check(DueDiligenceItem.REFERENCES, DueDiligenceOutcome.RISK,
                        " Two of three references positive ", List.of(reference)))
                .expectEvents(new DueDiligenceRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", DueDiligenceItem.REFERENCES,
                        DueDiligenceOutcome.RISK, "Two of three references positive",
                        List.of(new ReferenceCheck("Jo Reyes", "Acme Retail", "Renewed twice; weak at month end")), "paula"));
        fixture.given(OPENED, BAYSIDE).when(check(DueDiligenceItem.REFERENCES, DueDiligenceOutcome.PASSED,
                        "All references positive", List.of()))
                .expectNoEvents().expectException(rule("ReferenceNamed", "references"));
        fixture.given(OPENED, BAYSIDE).when(check(DueDiligenceItem.REFERENCES, DueDiligenceOutcome.PASSED,
                        "All references positive", List.of(new ReferenceCheck("Jo", " ", "fine"))))
                .expectNoEvents().expectException(rule("ReferenceNamed", "references[0]"));
        fixture.given(OPENED, BAYSIDE).when(check(DueDiligenceItem.DATA_PROTECTION, DueDiligenceOutcome.FAILED, "bad", null))
                .expectNoEvents().expectException(rule("EvidenceRequired", "evidence"));
        fixture.given(OPENED, BAYSIDE).when(check(DueDiligenceItem.DATA_PROTECTION, null, "No ISO 27001 and no DPA offered", null))
                .expectNoEvents().expectException(rule("DueDiligenceOutcomeRequired", "outcome"));
    }

    @Test
    void aTestCallIsDatedDescribedAndRatedOnTheScale() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var call = new TestCall(today, Channel.EMAIL, " Refund for a damaged kettle ", 3600, 420, true, 4, 5, null);
        fixture.given(OPENED, BAYSIDE).when(new LogTestCallCommand(ROUND, "v-1", call, "paula"))
                .expectEvents(new TestCallLoggedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", new TestCall(today, Channel.EMAIL,
                        "Refund for a damaged kettle", 3600, 420, true, 4, 5, null), "paula"));
        expectCall(new TestCall(today, Channel.EMAIL, "Refund", 10, 10, true, 0, 5, null), "RatingWithinScale", "call.clarity");
        expectCall(new TestCall(today, Channel.EMAIL, "Refund", 10, 10, true, 3, 6, null), "RatingWithinScale", "call.courtesy");
        expectCall(new TestCall(today.plusDays(5), Channel.EMAIL, "Refund", 10, 10, true, 3, 3, null), "TestCallDated", "call.madeOn");
        expectCall(new TestCall(today, null, "Refund", 10, 10, true, 3, 3, null), "TestCallChannel", "call.channel");
        expectCall(new TestCall(today, Channel.EMAIL, "Hi", 10, 10, true, 3, 3, null), "TestCallScenario", "call.scenario");
        expectCall(new TestCall(today, Channel.EMAIL, "Refund", -1, 10, true, 3, 3, null), "DurationInRange", "call.waitSeconds");
    }

    @Test
    void aReviewFindingNamesItsSourceToneAndSummary() {
        var finding = new ReviewFinding("Trustpilot", Sentiment.MIXED, "Friendly agents, slow email replies");
        fixture.given(OPENED, BAYSIDE).when(new RecordReviewFindingCommand(ROUND, "v-1", finding, "paula"))
                .expectEvents(new ReviewFindingRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", finding, "paula"));
        fixture.given(OPENED, BAYSIDE).when(new RecordReviewFindingCommand(ROUND, "v-1",
                        new ReviewFinding(" ", Sentiment.MIXED, "Friendly agents"), "paula"))
                .expectNoEvents().expectException(rule("ReviewSourceNamed", "finding.source"));
        fixture.given(OPENED, BAYSIDE).when(new RecordReviewFindingCommand(ROUND, "v-1",
                        new ReviewFinding("Glassdoor", null, "High turnover mentioned"), "paula"))
                .expectNoEvents().expectException(rule("ReviewSentimentRequired", "finding.sentiment"));
        fixture.given(OPENED, BAYSIDE).when(new RecordReviewFindingCommand(ROUND, "v-1",
                        new ReviewFinding("Glassdoor", Sentiment.NEGATIVE, "Bad"), "paula"))
                .expectNoEvents().expectException(rule("ReviewSummarised", "finding.summary"));
    }

    @Test
    void anEvaluatorScoresEveryCriterionOnTheScaleWithAReason() {
        fixture.given(OPENED, BAYSIDE).when(new ScoreVendorCommand(ROUND, "v-1", SCORES, "paula"))
                .expectEvents(scored("paula"));
        expectScores(List.of(new Score("COST", 4, "Cheap")), "ScoreEveryCriterion", "scores");
        expectScores(List.of(new Score("COST", 6, "Cheap"), new Score("QUALITY", 3, "ok")), "ScoreWithinScale", "scores[0].score");
        expectScores(List.of(new Score("COST", 0, "Cheap"), new Score("QUALITY", 3, "ok")), "ScoreWithinScale", "scores[0].score");
        expectScores(List.of(new Score("COST", 4, " "), new Score("QUALITY", 3, "ok")), "ScoreHasComment", "scores[0].comment");
        expectScores(List.of(new Score("COST", 4, "a"), new Score("COST", 3, "b")), "ScoredOnce", "scores[1].criterionCode");
        expectScores(List.of(new Score("SPEED", 4, "a"), new Score("QUALITY", 3, "b")), "ScoreOnCriterion", "scores[0].criterionCode");
    }

    @Test
    void theFirstScoreFreezesTheWeightsAChangeThenNeedsAReasonAndMakesANewRevision() {
        var reweighed = List.of(new Criterion("COST", "Cost", 50), new Criterion("QUALITY", "Quality", 50));
        fixture.given(OPENED, BAYSIDE).when(new SetEvaluationCriteriaCommand(ROUND, 1, reweighed, null, "paula"))
                .expectEvents(new EvaluationCriteriaSetEvent(ENGAGEMENT, ROUND, 2, reweighed, null, "paula"));
        fixture.given(OPENED, BAYSIDE, scored("paula")).when(new SetEvaluationCriteriaCommand(ROUND, 1, reweighed, "cheaper", "paula"))
                .expectNoEvents().expectException(rule("WeightsFrozen", "reason"));
        fixture.given(OPENED, BAYSIDE, scored("paula"))
                .when(new SetEvaluationCriteriaCommand(ROUND, 1, reweighed, "The board wants quality weighed as cost", "paula"))
                .expectEvents(new EvaluationCriteriaSetEvent(ENGAGEMENT, ROUND, 2, reweighed,
                        "The board wants quality weighed as cost", "paula"));
        // scores then follow the new revision's criteria
        var renamed = List.of(new Criterion("COST", "Cost", 50), new Criterion("SECURITY", "Security", 50));
        fixture.given(OPENED, BAYSIDE, scored("paula"), new EvaluationCriteriaSetEvent(ENGAGEMENT, ROUND, 2, renamed, "New rules", "paula"))
                .when(new ScoreVendorCommand(ROUND, "v-1", SCORES, "carla"))
                .expectNoEvents().expectException(rule("ScoreOnCriterion", "scores[1].criterionCode"));
    }

    @Test
    void theFoldKeepsTheLatestQuotePerChannelTheLatestCheckPerItemAndEachEvaluatorsLatestScores() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        var view = RoundFolds.round(RoundFolds.round(null, OPENED, at), BAYSIDE, at);
        view = RoundFolds.round(view, recorded(1), at);
        view = RoundFolds.round(view, recorded(2), at.plusSeconds(60));
        view = RoundFolds.round(view, scored("paula"), at);
        view = RoundFolds.round(view, scored("carla"), at);
        view = RoundFolds.round(view, scored("paula"), at.plusSeconds(5));
        var checked = new DueDiligenceRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", DueDiligenceItem.LABOUR_LAW,
                DueDiligenceOutcome.RISK, "Overtime rules unclear", List.of(), "paula");
        view = RoundFolds.round(view, checked, at);
        view = RoundFolds.round(view, new DueDiligenceRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", DueDiligenceItem.LABOUR_LAW,
                DueDiligenceOutcome.PASSED, "Counsel confirmed overtime rules", List.of(), "paula"), at);
        var bayside = view.vendor("v-1").orElseThrow();
        assertThat(bayside.quotes()).hasSize(1);
        assertThat(bayside.quote(Channel.EMAIL).orElseThrow().revision()).isEqualTo(2);
        assertThat(bayside.scores()).extracting(s -> s.evaluator()).containsExactly("paula", "carla");
        assertThat(bayside.scores().get(0).scoredAt()).isEqualTo(at.plusSeconds(5));
        assertThat(bayside.dueDiligence()).singleElement().extracting(c -> c.outcome()).isEqualTo(DueDiligenceOutcome.PASSED);
        assertThat(view.scoringStarted()).isTrue();
    }

    @Test
    void theComparisonWeighsTheMeanScoresAddsTheQuotesAndNamesFailedMandatoryChecks() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        var view = RoundFolds.round(RoundFolds.round(null, OPENED, at), BAYSIDE, at);
        var comparison = RoundComparison.of(view);
        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(row.weightedTotal()).as("nothing scored yet").isNull();
            assertThat(row.quoted()).isFalse();
            assertThat(row.unchecked()).isEqualTo(DueDiligenceItem.values().length);
        });
        view = RoundFolds.round(view, scored("paula"), at);
        view = RoundFolds.round(view, new VendorScoredEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 1,
                List.of(new Score("COST", 5, "Lowest total"), new Score("QUALITY", 2, "Unresolved test call")), "carla"), at);
        view = RoundFolds.round(view, recorded(1), at);
        view = RoundFolds.round(view, new MandatoryDueDiligenceSetEvent(ENGAGEMENT, ROUND, List.of(DueDiligenceItem.DATA_PROTECTION),
                "paula"), at);
        view = RoundFolds.round(view, new DueDiligenceRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside",
                DueDiligenceItem.DATA_PROTECTION, DueDiligenceOutcome.FAILED, "No data processing agreement offered", List.of(),
                "paula"), at);
        var today = LocalDate.of(2026, 11, 20);
        view = RoundFolds.round(view, new TestCallLoggedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside",
                new TestCall(today, Channel.EMAIL, "Refund", 600, 300, true, 4, 5, null), "paula"), at);
        view = RoundFolds.round(view, new TestCallLoggedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside",
                new TestCall(today, Channel.EMAIL, "Warranty", 1800, 600, false, 3, 4, null), "paula"), at);
        var row = RoundComparison.of(view).row("v-1").orElseThrow();
        // COST: (4 + 5) / 2 = 4.5; QUALITY: (3 + 2) / 2 = 2.5; 60 x 4.5 / 5 + 40 x 2.5 / 5 = 54 + 20
        assertThat(row.combined()).containsEntry("COST", 4.5).containsEntry("QUALITY", 2.5);
        assertThat(row.weightedTotal()).isEqualTo(74.0);
        assertThat(row.evaluators()).containsExactly("paula", "carla");
        assertThat(row.annualCost()).isEqualByComparingTo(COST.averageAnnual());
        assertThat(row.saving()).isEqualByComparingTo(COST.saving());
        assertThat(row.currency()).isEqualTo("USD");
        assertThat(row.failed()).isEqualTo(1);
        assertThat(row.mandatoryFailed()).containsExactly(DueDiligenceItem.DATA_PROTECTION);
        assertThat(row.testCalls()).isEqualTo(2);
        assertThat(row.resolvedPercent()).isEqualTo(50.0);
        assertThat(row.meanWaitSeconds()).isEqualTo(1200.0);
        assertThat(row.meanClarity()).isEqualTo(3.5);
        assertThat(row.meanCourtesy()).isEqualTo(4.5);
    }

    private static RecordQuoteCommand quote(Channel channel, Quote quote) {
        return new RecordQuoteCommand(ROUND, "v-1", channel, "ASIA_PHILIPPINES", quote, VOLUME, COST, "paula");
    }

    private static QuoteRecordedEvent recorded(int revision) {
        return new QuoteRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", Channel.EMAIL, "ASIA_PHILIPPINES", revision, HOURLY,
                VOLUME, COST, "paula");
    }

    private static VendorScoredEvent scored(String evaluator) {
        return new VendorScoredEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 1, List.of(new Score("COST", 4, "Cheapest hourly rate"),
                new Score("QUALITY", 3, "Slow email answers")), evaluator);
    }

    private static RecordDueDiligenceCommand check(DueDiligenceItem item, DueDiligenceOutcome outcome, String evidence,
                                                   List<ReferenceCheck> references) {
        return new RecordDueDiligenceCommand(ROUND, "v-1", item, outcome, evidence, references, "paula");
    }

    private void expectCall(TestCall call, String rule, String field) {
        fixture.given(OPENED, BAYSIDE).when(new LogTestCallCommand(ROUND, "v-1", call, "paula"))
                .expectNoEvents().expectException(rule(rule, field));
    }

    private void expectScores(List<Score> scores, String rule, String field) {
        fixture.given(OPENED, BAYSIDE).when(new ScoreVendorCommand(ROUND, "v-1", scores, "paula"))
                .expectNoEvents().expectException(rule(rule, field));
    }

    /** A business-rule violation of this rule, naming this field. */
    static Matcher<BusinessRuleViolation> rule(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return rule.equals(violation.rule()) && java.util.Objects.equals(field, violation.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rule " + rule + " on field " + field);
            }
        };
    }
}
