package org.outsourcingdesk.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.assessment.domain.AssessmentExamples.baseline;
import static org.outsourcingdesk.assessment.domain.AssessmentExamples.demand;
import static org.outsourcingdesk.assessment.domain.AssessmentExamples.rateCard;
import static org.outsourcingdesk.assessment.domain.AssessmentExamples.usd;
import static org.outsourcingdesk.assessment.domain.AssessmentExamples.voice;

import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.command.ApproveAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.MoveEngagementCommand;
import org.outsourcingdesk.assessment.api.command.ProposeAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.RecordCostBaselineCommand;
import org.outsourcingdesk.assessment.api.command.RecordDemandProfileCommand;
import org.outsourcingdesk.assessment.api.command.RejectAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.ReopenAssessmentCommand;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.CostBaselineRecordedEvent;
import org.outsourcingdesk.assessment.api.event.DemandProfileRecordedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementMovedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.messaging.AuthenticatedCommandsOnly;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/** Every rule of the assessment, given the events before and the command now. */
class AssessmentTest {

    private static final EngagementId ID = new EngagementId("7d1c2a7e-2c7b-4a57-9d0e-5a3f6b8c9d01");
    private static final String RATIONALE = "Outsourcing tier-1 voice saves a third and covers the peaks.";

    private FixtureConfiguration<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
    }

    private static EngagementOpenedEvent opened() {
        return new EngagementOpenedEvent(ID, "ENG-2026-0001", "Tier-1 voice", "Consumer Electronics", "USD", "paula");
    }

    private static DemandProfileRecordedEvent demandRecorded() {
        return new DemandProfileRecordedEvent(ID, demand(), "paula");
    }

    private static CostBaselineRecordedEvent baselineRecorded() {
        return new CostBaselineRecordedEvent(ID, baseline(), "paula");
    }

    private static ProposeAssessmentDecisionCommand propose(String rationale) {
        return new ProposeAssessmentDecisionCommand(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.INBOUND_VOICE, Channel.EMAIL),
                List.of("US_CA", "ASIA_PHILIPPINES"), List.of(PricingModel.DEDICATED_HOURLY, PricingModel.SHARED_PER_MINUTE),
                rationale, "paula", rateCard(), usd());
    }

    private static AssessmentDecisionProposedEvent proposed() {
        return new AssessmentDecisionProposedEvent(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.INBOUND_VOICE, Channel.EMAIL),
                List.of("US_CA", "ASIA_PHILIPPINES"), List.of(PricingModel.DEDICATED_HOURLY, PricingModel.SHARED_PER_MINUTE),
                RATIONALE, "paula", AssessmentCalculator.figures("USD", demand(), baseline(), null, rateCard(), usd()));
    }

    private static AssessmentDecisionApprovedEvent approved() {
        var p = proposed();
        return new AssessmentDecisionApprovedEvent(ID, p.outcome(), p.channels(), p.regions(), p.pricingModels(),
                p.rationale(), "paula", "marc", "Agreed", p.figures(), Stage.SOURCING);
    }

    @Test
    void aLaterStageMovesTheEngagementOnOnlyFromTheStageItIsIn() {
        var move = new MoveEngagementCommand(ID, Stage.SOURCING, Stage.CONTRACTING, "Selected Bayside; contracting starts", "marc");
        var moved = new EngagementMovedEvent(ID, Stage.SOURCING, Stage.CONTRACTING, "Selected Bayside; contracting starts", "marc");
        fixture.given(opened(), proposed(), approved()).when(move).expectEvents(moved)
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.CONTRACTING));
        fixture.given(opened(), proposed(), approved(), moved).when(move)
                .expectNoEvents().expectException(violation("EngagementInStage"));
        fixture.given(opened()).when(move).expectNoEvents().expectException(violation("EngagementInStage"));
    }

    @Test
    void recordsADemandProfile() {
        fixture.given(opened())
                .when(new RecordDemandProfileCommand(ID, demand(), "paula"))
                .expectEvents(demandRecorded());
    }

    @Test
    void refusesInvalidDemandNamingTheChannelField() {
        var zeroHandleTime = ChannelDemand.of(Channel.INBOUND_VOICE, 1000, 0, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of(), 0, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(zeroHandleTime), "paula"), "HandleTimeMustBePositive",
                "channels.INBOUND_VOICE.ahtSeconds");
        var negativeVolume = ChannelDemand.of(Channel.EMAIL, -1, 300, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.hours(90, 24), List.of(), 0, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(negativeVolume), "paula"), "VolumeOutOfRange",
                "channels.EMAIL.monthlyVolume");
        var shareAbove100 = ChannelDemand.of(Channel.CHAT, 1000, 300, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 30), List.of(), 101, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(shareAbove100), "paula"), "ShareOutOfRange",
                "channels.CHAT.expertPercent");
        var dayOf25Hours = ChannelDemand.of(Channel.INBOUND_VOICE, 1000, 300, 14, null,
                new OpeningHours(false, List.of(25.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0)), ServiceTarget.seconds(80, 20),
                List.of(), 0, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(dayOf25Hours), "paula"), "HoursOutOfRange",
                "channels.INBOUND_VOICE.openingHours.0");
        var targetOf100 = ChannelDemand.of(Channel.INBOUND_VOICE, 1000, 300, 14, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(100, 20), List.of(), 0, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(targetOf100), "paula"), "ShareOutOfRange",
                "channels.INBOUND_VOICE.target.percent");
        var quietBusiestHour = ChannelDemand.of(Channel.INBOUND_VOICE, 1000, 300, 5, null, OpeningHours.weekdays(10),
                ServiceTarget.seconds(80, 20), List.of(), 0, 0, 0, 1);
        expectRule(new RecordDemandProfileCommand(ID, demand(quietBusiestHour), "paula"), "BusiestHourBelowAverage",
                "channels.INBOUND_VOICE.busiestHourPercent");
        expectRule(new RecordDemandProfileCommand(ID, demand(voice(), voice()), "paula"), "ChannelListedOnce",
                "channels.INBOUND_VOICE");
    }

    @Test
    void refusesANegativeCostNamingTheField() {
        var b = baseline();
        var negative = CostBaseline.of(b.annualWagePerFte(), b.payrollBurdenPercent(), b.trainingCostPerHire(),
                b.attritionPercentPerYear(), new java.math.BigDecimal("-1"), b.facilitiesPerSeat(),
                b.maintenanceAndItPerSeat(), b.telephonyAndSoftwarePerSeat(), b.agentsPerSupervisor(),
                b.supervisorAnnualCost(), b.managementAnnualCost(), "USD");
        expectRule(new RecordCostBaselineCommand(ID, negative, "paula"), "AmountOutOfRange", "equipmentPerSeat");
    }

    @Test
    void noDecisionWithoutADemandProfile() {
        fixture.given(opened(), baselineRecorded()).when(propose(RATIONALE))
                .expectException(BusinessRuleViolation.class)
                .expectException(violation("DecisionNeedsDemandProfile"));
    }

    @Test
    void noDecisionWithoutACostBaseline() {
        fixture.given(opened(), demandRecorded()).when(propose(RATIONALE))
                .expectException(violation("DecisionNeedsCostBaseline"));
    }

    @Test
    void theRationaleIsRequiredAndAtLeastASentence() {
        fixture.given(opened(), demandRecorded(), baselineRecorded()).when(propose("   "))
                .expectException(violation("RationaleRequired"));
        fixture.given(opened(), demandRecorded(), baselineRecorded()).when(propose("Cheaper."))
                .expectException(violation("RationaleTooShort"));
    }

    @Test
    void aProposalCarriesEveryFigureItRestsOn() {
        fixture.given(opened(), demandRecorded(), baselineRecorded())
                .when(propose("  " + RATIONALE + " "))
                .expectEvents(proposed())
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.ASSESSMENT));
        var figures = proposed().figures();
        assertThat(figures.demand()).isEqualTo(demand());
        assertThat(figures.baseline()).isEqualTo(baseline());
        assertThat(figures.rateCardVersion()).isEqualTo(1);
        assertThat(figures.staffing()).hasSize(3);
        assertThat(figures.inHouse().total()).isPositive();
        assertThat(figures.options()).isNotEmpty();
    }

    @Test
    void theScopeMustFitTheDemand() {
        var outbound = new ProposeAssessmentDecisionCommand(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.OUTBOUND_VOICE),
                List.of("US_CA"), List.of(PricingModel.OUTBOUND_HOURLY), RATIONALE, "paula", rateCard(), usd());
        fixture.given(opened(), demandRecorded(), baselineRecorded()).when(outbound)
                .expectException(violation("ChannelNotInDemandProfile"));
        var commissionForEmail = new ProposeAssessmentDecisionCommand(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.EMAIL),
                List.of("US_CA"), List.of(PricingModel.COMMISSION), RATIONALE, "paula", rateCard(), usd());
        fixture.given(opened(), demandRecorded(), baselineRecorded()).when(commissionForEmail)
                .expectException(violation("PricingModelMustFitAChannel"));
        var nowhere = new ProposeAssessmentDecisionCommand(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.EMAIL),
                List.of("ATLANTIS"), List.of(PricingModel.DEDICATED_HOURLY), RATIONALE, "paula", rateCard(), usd());
        fixture.given(opened(), demandRecorded(), baselineRecorded()).when(nowhere)
                .expectException(violation("UnknownRegion"));
    }

    @Test
    void theApproverIsNotTheProposer() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new ApproveAssessmentDecisionCommand(ID, "paula", "Fine by me"))
                .expectNoEvents()
                .expectException(violation("ApproverMustDifferFromProposer"));
    }

    @Test
    void theApproverHoldsTheApproverRole() {
        fixture.registerCommandHandlerInterceptor(new AuthenticatedCommandsOnly());
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new ApproveAssessmentDecisionCommand(ID, "lena", "Looks fine"),
                        Map.of(AuditMetadata.ACTOR, "lena", AuditMetadata.ROLES, List.of("LEGAL")))
                .expectNoEvents()
                .expectException(CommandNotPermittedException.class);
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new ApproveAssessmentDecisionCommand(ID, "marc", "Agreed"),
                        MetaData.with(AuditMetadata.ACTOR, "marc").and(AuditMetadata.ROLES, List.of("APPROVER")))
                .expectEvents(approved());
    }

    @Test
    void approvalToOutsourceMovesTheEngagementToSourcingWithTheProposedFigures() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new ApproveAssessmentDecisionCommand(ID, "marc", " Agreed "))
                .expectEvents(approved())
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.SOURCING));
    }

    @Test
    void keepingServiceInHouseClosesTheEngagement() {
        var keep = new AssessmentDecisionProposedEvent(ID, DecisionOutcome.KEEP_IN_HOUSE, List.of(), List.of(), List.of(),
                RATIONALE, "paula", proposed().figures());
        fixture.given(opened(), demandRecorded(), baselineRecorded(), keep)
                .when(new ApproveAssessmentDecisionCommand(ID, "marc", null))
                .expectEvents(new AssessmentDecisionApprovedEvent(ID, DecisionOutcome.KEEP_IN_HOUSE, List.of(), List.of(),
                        List.of(), RATIONALE, "paula", "marc", null, keep.figures(), Stage.CLOSED))
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.CLOSED));
    }

    @Test
    void aRejectionNeedsACommentAndReturnsTheAssessmentForWork() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new RejectAssessmentDecisionCommand(ID, "marc", " "))
                .expectException(violation("RejectionNeedsComment"));
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new RejectAssessmentDecisionCommand(ID, "marc", "Check the chat volumes"))
                .expectEvents(new AssessmentDecisionRejectedEvent(ID, DecisionOutcome.OUTSOURCE, "paula", "marc",
                        "Check the chat volumes"));
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(),
                        new AssessmentDecisionRejectedEvent(ID, DecisionOutcome.OUTSOURCE, "paula", "marc", "Check"))
                .when(new RecordDemandProfileCommand(ID, demand(), "paula"))
                .expectEvents(demandRecorded());
    }

    @Test
    void nothingIsEditedWhileProposedOrDecided() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed())
                .when(new RecordDemandProfileCommand(ID, demand(), "paula"))
                .expectException(violation("AssessmentUnderReview"));
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(), approved())
                .when(new RecordCostBaselineCommand(ID, baseline(), "paula"))
                .expectException(violation("DecidedAssessmentIsReadOnly"));
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(), approved())
                .when(propose(RATIONALE))
                .expectException(violation("DecidedAssessmentIsReadOnly"));
    }

    @Test
    void aDecidedAssessmentIsReopenedOnlyWithAReason() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(), approved())
                .when(new ReopenAssessmentCommand(ID, "", "paula"))
                .expectException(violation("ReopenNeedsReason"));
        fixture.given(opened(), demandRecorded(), baselineRecorded())
                .when(new ReopenAssessmentCommand(ID, "Volumes doubled", "paula"))
                .expectException(violation("OnlyDecidedAssessmentsReopen"));
    }

    @Test
    void reopeningBringsTheEngagementBackToAssessmentForEditing() {
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(), approved())
                .when(new ReopenAssessmentCommand(ID, " Volumes doubled after the merger ", "paula"))
                .expectEvents(new AssessmentReopenedEvent(ID, DecisionOutcome.OUTSOURCE, Stage.SOURCING,
                        "Volumes doubled after the merger", "paula"))
                .expectState(engagement -> assertThat(engagement.stage()).isEqualTo(Stage.ASSESSMENT));
        fixture.given(opened(), demandRecorded(), baselineRecorded(), proposed(), approved(),
                        new AssessmentReopenedEvent(ID, DecisionOutcome.OUTSOURCE, Stage.SOURCING, "Volumes doubled", "paula"))
                .when(new RecordDemandProfileCommand(ID, demand(), "paula"))
                .expectEvents(demandRecorded());
    }

    private void expectRule(Object command, String rule, String field) {
        fixture.given(opened()).when(command)
                .expectNoEvents()
                .expectException(org.hamcrest.Matchers.allOf(violation(rule), fieldIs(field)));
    }

    private static org.hamcrest.Matcher<Throwable> violation(String rule) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof BusinessRuleViolation v && v.rule().equals(rule);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a violation of rule " + rule);
            }
        };
    }

    private static org.hamcrest.Matcher<Throwable> fieldIs(String field) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof BusinessRuleViolation v && field.equals(v.field());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a violation naming field " + field);
            }
        };
    }
}
