package org.outsourcingdesk.sourcing.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.sourcing.domain.round.SourcingRoundEvidenceTest.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.command.ApproveSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.CancelSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.EndSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.LogTestCallCommand;
import org.outsourcingdesk.sourcing.api.command.ProposeSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.RejectSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.ShortlistVendorCommand;
import org.outsourcingdesk.sourcing.api.event.DueDiligenceRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.MandatoryDueDiligenceSetEvent;
import org.outsourcingdesk.sourcing.api.event.QuoteRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionRejectedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundEndedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorScoredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.domain.quote.QuoteNormaliser;

/** The selection: its rules, four eyes, the comparison it carries, and ending a round with no suitable vendor. */
class SourcingRoundSelectionTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final String ROUND = ENGAGEMENT.value() + "-round-7";
    private static final List<Criterion> CRITERIA = List.of(new Criterion("COST", "Cost", 60), new Criterion("QUALITY", "Quality", 40));
    private static final Quote HOURLY = new Quote(PricingModel.DEDICATED_HOURLY, "USD", null, new BigDecimal("12.50"),
            BillingBasis.PRODUCTIVE, null, null, null, null, null, null, null, 24);
    private static final QuoteVolume VOLUME = new QuoteVolume(48_000L, 420, new BigDecimal("9000"), new BigDecimal("250000"));
    private static final Object[] ROUND_WITH_EVIDENCE = {
            new SourcingRoundOpenedEvent(ENGAGEMENT, ROUND, 1, List.of(Channel.EMAIL), List.of("ASIA_PHILIPPINES"),
                    List.of(PricingModel.DEDICATED_HOURLY), CRITERIA, "marc"),
            new VendorShortlistedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 2, "paula"),
            new VendorShortlistedEvent(ENGAGEMENT, ROUND, "v-2", "Northwind", 1, "paula"),
            new QuoteRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", Channel.EMAIL, "ASIA_PHILIPPINES", 1, HOURLY, VOLUME,
                    QuoteNormaliser.cost(HOURLY, VOLUME, null, null), "paula"),
            new VendorScoredEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", 1, List.of(new Score("COST", 5, "Cheapest"),
                    new Score("QUALITY", 4, "Good test call")), "paula"),
            new MandatoryDueDiligenceSetEvent(ENGAGEMENT, ROUND, List.of(DueDiligenceItem.DATA_PROTECTION), "paula"),
            new DueDiligenceRecordedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", DueDiligenceItem.DATA_PROTECTION,
                    DueDiligenceOutcome.FAILED, "No data processing agreement offered", List.of(), "paula")};
    private static final List<Rejection> NORTHWIND_REJECTED = List.of(new Rejection("v-2", null, " No quote for email "));
    private static final List<Waiver> WAIVED = List.of(new Waiver(DueDiligenceItem.DATA_PROTECTION,
            " Agreement promised before signature "));
    private static final String RATIONALE = "Cheapest within the band and the best test call";

    private FixtureConfiguration<SourcingRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourcingRound.class);
    }

    @Test
    void aSelectionNeedsAScoredQuotedVendorARationaleAReasonForEveryOtherVendorAndAWaiverForEachFailedMandatoryCheck() {
        expectRefused(new ProposeSelectionCommand(ROUND, "v-2", RATIONALE, List.of(new Rejection("v-1", null, "Too dear")), List.of(),
                "paula"), "SelectionNeedsScoredQuote", "vendorId");
        expectRefused(new ProposeSelectionCommand(ROUND, "v-1", "Cheapest", NORTHWIND_REJECTED, WAIVED, "paula"),
                "SelectionRationale", "rationale");
        expectRefused(new ProposeSelectionCommand(ROUND, "v-1", RATIONALE, List.of(), WAIVED, "paula"),
                "RejectedVendorsNeedReason", "rejections");
        expectRefused(new ProposeSelectionCommand(ROUND, "v-1", RATIONALE, NORTHWIND_REJECTED, List.of(), "paula"),
                "MandatoryFailureNeedsWaiver", "waivers");
        expectRefused(new ProposeSelectionCommand(ROUND, "v-1", RATIONALE, NORTHWIND_REJECTED,
                List.of(new Waiver(DueDiligenceItem.DATA_PROTECTION, "ok")), "paula"), "MandatoryFailureNeedsWaiver", "waivers[0]");
        expectRefused(new ProposeSelectionCommand(ROUND, "v-1", RATIONALE, NORTHWIND_REJECTED, List.of(WAIVED.get(0),
                new Waiver(DueDiligenceItem.TURNOVER, "Turnover is what it is")), "paula"), "WaiverForFailedMandatoryItem", "waivers[1]");
        fixture.given(ROUND_WITH_EVIDENCE).when(new ProposeSelectionCommand(ROUND, "v-9", RATIONALE, NORTHWIND_REJECTED, WAIVED, "paula"))
                .expectNoEvents().expectException(rule("VendorOnShortlist", "vendorId"));
    }

    @Test
    void theProposalCarriesTheComparisonAndTheShortlistAsTheyStoodAndFreezesTheRound() {
        fixture.given(ROUND_WITH_EVIDENCE).when(proposal()).expectSuccessfulHandlerExecution()
                .expectEventsMatching(only(SelectionProposedEvent.class, proposed -> {
                    assertThat(proposed.rejections()).containsExactly(new Rejection("v-2", "Northwind", "No quote for email"));
                    assertThat(proposed.waivers()).containsExactly(new Waiver(DueDiligenceItem.DATA_PROTECTION,
                            "Agreement promised before signature"));
                    var bayside = proposed.comparison().row("v-1").orElseThrow();
                    // 60 x 5 / 5 + 40 x 4 / 5 = 60 + 32
                    assertThat(bayside.weightedTotal()).isEqualTo(92.0);
                    assertThat(bayside.mandatoryFailed()).containsExactly(DueDiligenceItem.DATA_PROTECTION);
                    assertThat(proposed.comparison().criteria()).isEqualTo(CRITERIA);
                    assertThat(proposed.shortlist()).extracting(e -> e.vendorName()).containsExactly("Bayside", "Northwind");
                    assertThat(proposed.shortlist().get(0).quotes().get(0).quote()).isEqualTo(HOURLY);
                }));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(new LogTestCallCommand(ROUND, "v-1",
                        new TestCall(LocalDate.of(2026, 11, 20), Channel.EMAIL, "Refund", 10, 10, true, 3, 3, null), "paula"))
                .expectNoEvents().expectException(rule("SelectionPending", null));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(proposal())
                .expectNoEvents().expectException(rule("SelectionPending", null));
    }

    @Test
    void anApproverOtherThanTheProposerDecidesAndTheApprovalCarriesTheProposalsFigures() {
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(new ApproveSelectionCommand(ROUND, "Fine", "paula"))
                .expectNoEvents().expectException(rule("ApproverMustDifferFromProposer", null));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(new RejectSelectionCommand(ROUND, "Not so", "paula"))
                .expectNoEvents().expectException(rule("ApproverMustDifferFromProposer", null));
        fixture.given(ROUND_WITH_EVIDENCE).when(new ApproveSelectionCommand(ROUND, null, "marc"))
                .expectNoEvents().expectException(rule("NoSelectionToDecide", null));
        var proposed = proposed();
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed).when(new ApproveSelectionCommand(ROUND, " Go ahead ", "marc"))
                .expectEvents(new VendorSelectedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", proposed.rationale(),
                        proposed.rejections(), proposed.waivers(), proposed.comparison(), proposed.shortlist(), "paula", "marc",
                        "Go ahead"));
        // once selected, the round is closed: nothing changes it, and a reopening cancels nothing
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed, selected(proposed))
                .when(new ShortlistVendorCommand(ROUND, "v-3", "Kraków", 1, "paula"))
                .expectNoEvents().expectException(rule("RoundOpen", null));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed, selected(proposed))
                .when(new CancelSourcingRoundCommand(ROUND, "reopened", "marc")).expectNoEvents();
    }

    @Test
    void aRejectedSelectionSaysWhyAndTheRoundGoesOn() {
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(new RejectSelectionCommand(ROUND, " ", "marc"))
                .expectNoEvents().expectException(rule("SelectionRejectionComment", "comment"));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed()).when(new RejectSelectionCommand(ROUND, "Get the agreement first", "marc"))
                .expectEvents(new SelectionRejectedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", "paula", "marc", "Get the agreement first"));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(proposed(), new SelectionRejectedEvent(ENGAGEMENT, ROUND, "v-1", "Bayside", "paula",
                        "marc", "Get the agreement first"))
                .when(proposal()).expectSuccessfulHandlerExecution();
    }

    @Test
    void anApproverEndsARoundWithNoSuitableVendorSayingWhy() {
        fixture.given(ROUND_WITH_EVIDENCE).when(new EndSourcingRoundCommand(ROUND, "None", "marc"))
                .expectNoEvents().expectException(rule("EndReason", "reason"));
        fixture.given(ROUND_WITH_EVIDENCE).when(new EndSourcingRoundCommand(ROUND, " No vendor speaks Tagalog ", "marc"))
                .expectEvents(new SourcingRoundEndedEvent(ENGAGEMENT, ROUND, 1, "No vendor speaks Tagalog", "marc"));
        fixture.given(ROUND_WITH_EVIDENCE).andGiven(new SourcingRoundEndedEvent(ENGAGEMENT, ROUND, 1, "No vendor speaks Tagalog", "marc"))
                .when(new EndSourcingRoundCommand(ROUND, "No vendor speaks Tagalog", "marc"))
                .expectNoEvents().expectException(rule("RoundOpen", null));
    }

    private static ProposeSelectionCommand proposal() {
        return new ProposeSelectionCommand(ROUND, "v-1", RATIONALE, NORTHWIND_REJECTED, WAIVED, "paula");
    }

    /** The proposal as the aggregate records it (the fixture's own run of the command). */
    private SelectionProposedEvent proposed() {
        var captured = new SelectionProposedEvent[1];
        new AggregateTestFixture<>(SourcingRound.class).given(ROUND_WITH_EVIDENCE).when(proposal())
                .expectEventsMatching(only(SelectionProposedEvent.class, event -> captured[0] = event));
        return captured[0];
    }

    private static VendorSelectedEvent selected(SelectionProposedEvent p) {
        return new VendorSelectedEvent(ENGAGEMENT, ROUND, p.vendorId(), p.vendorName(), p.rationale(), p.rejections(), p.waivers(),
                p.comparison(), p.shortlist(), p.proposedBy(), "marc", null);
    }

    private void expectRefused(ProposeSelectionCommand command, String rule, String field) {
        fixture.given(ROUND_WITH_EVIDENCE).when(command).expectNoEvents()
                .expectException(rule(rule, field));
    }

    /** Exactly one event, of this type, which passes the checks. */
    private static <T> Matcher<List<EventMessage<?>>> only(Class<T> type, java.util.function.Consumer<T> checks) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                if (events.size() != 1 || !type.isInstance(events.get(0).getPayload())) {
                    return false;
                }
                checks.accept(type.cast(events.get(0).getPayload()));
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("one " + type.getSimpleName());
            }
        };
    }
}
