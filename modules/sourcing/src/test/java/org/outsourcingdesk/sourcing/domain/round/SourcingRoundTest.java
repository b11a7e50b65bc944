package org.outsourcingdesk.sourcing.domain.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.command.DropShortlistedVendorCommand;
import org.outsourcingdesk.sourcing.api.command.OpenSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.RecordRequestForProposalCommand;
import org.outsourcingdesk.sourcing.api.command.SetEvaluationCriteriaCommand;
import org.outsourcingdesk.sourcing.api.command.ShortlistVendorCommand;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.RequestForProposalRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ShortlistedVendorDroppedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.EvaluationTemplate;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;

/** The sourcing round: opening with the standard criteria, the weight rules, the shortlist and requests for proposal. */
class SourcingRoundTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final String ROUND = ENGAGEMENT.value() + "-round-7";
    private static final SourcingRoundOpenedEvent OPENED = new SourcingRoundOpenedEvent(ENGAGEMENT, ROUND, 1,
            List.of(Channel.EMAIL), List.of("ASIA_PHILIPPINES"), List.of(PricingModel.DEDICATED_HOURLY),
            EvaluationTemplate.standard(), "marc");
    private static final VendorShortlistedEvent BAYSIDE = new VendorShortlistedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 2, "paula");

    private FixtureConfiguration<SourcingRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourcingRound.class);
    }

    @Test
    void opensWithTheDecisionsScopeAndTheStandardCriteriaWeighingOneHundred() {
        fixture.givenNoPriorActivity()
                .when(new OpenSourcingRoundCommand(ROUND, ENGAGEMENT, 1, List.of(Channel.EMAIL), List.of("ASIA_PHILIPPINES"),
                        List.of(PricingModel.DEDICATED_HOURLY), "marc"))
                .expectEvents(OPENED);
        assertThat(EvaluationTemplate.standard().stream().mapToInt(Criterion::weightPercent).sum()).isEqualTo(100);
        assertThat(EvaluationTemplate.standard()).extracting(Criterion::code).doesNotHaveDuplicates();
    }

    @Test
    void criteriaAreSetFromTheCurrentRevisionAndTheirWeightsSumTo100() {
        var criteria = List.of(new Criterion(null, " Cost ", 60), new Criterion("QUALITY", "Quality", 40));
        fixture.given(OPENED).when(new SetEvaluationCriteriaCommand(ROUND, 1, criteria, " Cost matters most ", "paula"))
                .expectEvents(new EvaluationCriteriaSetEvent(ENGAGEMENT, ROUND, 2, List.of(new Criterion("COST", "Cost", 60),
                        new Criterion("QUALITY", "Quality", 40)), "Cost matters most", "paula"));
        fixture.given(OPENED, new EvaluationCriteriaSetEvent(ENGAGEMENT, ROUND, 2, SourcingRound.checkCriteria(criteria), null,
                        "paula"))
                .when(new SetEvaluationCriteriaCommand(ROUND, 1, criteria, null, "carla"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        expectRule(List.of(new Criterion(null, "Cost", 60), new Criterion(null, "Quality", 30)), "WeightsSumTo100", "criteria");
        expectRule(List.of(new Criterion(null, "Cost", 50), new Criterion(null, "cost", 50)), "CriteriaDistinct", "criteria[1].name");
        expectRule(List.of(new Criterion(null, " ", 100)), "CriterionNamed", "criteria[0].name");
        expectRule(List.of(new Criterion(null, "Cost", 120), new Criterion(null, "Other", -20)), "WeightInRange",
                "criteria[0].weightPercent");
        expectRule(List.of(), "CriteriaRequired", "criteria");
    }

    @Test
    void aVendorIsShortlistedOnceAndDroppedWithAReason() {
        fixture.given(OPENED).when(new ShortlistVendorCommand(ROUND, "v-1", "Bayside", 2, "paula")).expectEvents(BAYSIDE);
        fixture.given(OPENED, BAYSIDE).when(new ShortlistVendorCommand(ROUND, "v-1", "Bayside", 2, "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        fixture.given(OPENED, BAYSIDE).when(new DropShortlistedVendorCommand(ROUND, "v-1", "no", "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        fixture.given(OPENED, BAYSIDE).when(new DropShortlistedVendorCommand(ROUND, "v-1", " No Tagalog speakers ", "paula"))
                .expectEvents(new ShortlistedVendorDroppedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", "No Tagalog speakers", "paula"));
        fixture.given(OPENED).when(new DropShortlistedVendorCommand(ROUND, "v-2", "Not on the list", "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
    }

    @Test
    void aRequestForProposalGoesToAShortlistedVendorAndIsDueAfterItWasSent() {
        var sent = LocalDate.of(2026, 12, 1);
        fixture.given(OPENED, BAYSIDE).when(new RecordRequestForProposalCommand(ROUND, "v-1", sent, sent.plusDays(14), "paula"))
                .expectEvents(new RequestForProposalRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", sent, sent.plusDays(14), "paula"));
        fixture.given(OPENED, BAYSIDE).when(new RecordRequestForProposalCommand(ROUND, "v-1", sent, sent, "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        fixture.given(OPENED).when(new RecordRequestForProposalCommand(ROUND, "v-1", sent, sent.plusDays(14), "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
    }

    @Test
    void theFoldShowsTheRoundAfterEachEventAndTheSameEventTwiceChangesNothing() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        var view = RoundFolds.round(null, OPENED, at);
        assertThat(view.criteriaRevision()).isEqualTo(1);
        view = RoundFolds.round(view, BAYSIDE, at);
        view = RoundFolds.round(view, BAYSIDE, at);
        assertThat(view.shortlist()).hasSize(1);
        var rfp = new RequestForProposalRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 15), "paula");
        view = RoundFolds.round(view, rfp, at);
        assertThat(view.shortlist().get(0).rfpDueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        view = RoundFolds.round(view, new ShortlistedVendorDroppedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", "Too dear", "paula"), at);
        assertThat(view.activeShortlist()).isEmpty();
        assertThat(view.shortlist().get(0).dropReason()).isEqualTo("Too dear");
        assertThat(RoundFolds.round(null, BAYSIDE, at)).as("nothing before the round opens").isNull();
    }

    private void expectRule(List<Criterion> criteria, String rule, String field) {
        fixture.given(OPENED).when(new SetEvaluationCriteriaCommand(ROUND, 1, criteria, null, "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        try {
            SourcingRound.checkCriteria(criteria);
        } catch (BusinessRuleViolation violation) {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
            return;
        }
        throw new AssertionError("expected rule " + rule);
    }
}
