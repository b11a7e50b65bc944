package org.outsourcingdesk.contracting.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.CONTRACT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.ENGAGEMENT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.START;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.TERM;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.d;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.level;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.rule;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.APPROVED;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.LEGAL_PASSED;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.SLAS;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.SUBMITTED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.contracting.api.command.DecideContractCommand;
import org.outsourcingdesk.contracting.api.command.ProposeAmendmentCommand;
import org.outsourcingdesk.contracting.api.command.ReviewContractLegallyCommand;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractVersions;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.VersionChange;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * Amendments of a signed contract: never from a past day, through the same legal review and an
 * approver who did not propose them, into a new version; and what changed between two versions.
 */
class ContractAmendmentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final RoundQuote EMAIL = new RoundQuote(Channel.EMAIL, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.DEDICATED_HOURLY,
            "USD", null, d("9.5"), null, null, null, null, null, null, null, null, 24), null, null, "paula", Instant.parse("2026-11-01T00:00:00Z"));
    private static final ContractDraftedEvent DRAFTED = new ContractDraftedEvent(ENGAGEMENT, CONTRACT, "round-7", "v-1", "Bayside",
            List.of(EMAIL), "marc");
    private static final ContractSignedEvent SIGNED = new ContractSignedEvent(ENGAGEMENT, CONTRACT, TODAY, START, "marc");
    private static final String REASON = "Volumes doubled; the vendor lowers its rate for a longer term";
    private static final ContractTerm LONGER = new ContractTerm(START, LocalDate.of(2029, 12, 31), RenewalMode.AUTOMATIC, 12, 90, 60);
    private static final List<RateChange> CHEAPER = List.of(new RateChange(Channel.EMAIL, "ASIA_PHILIPPINES", null, d("9.1"), null, null));

    private FixtureConfiguration<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    /** A contract signed with the Email line at 9.5 an hour. */
    private static Object[] signed(Object... more) {
        var all = new java.util.ArrayList<>(List.of(ContractWorkflowTest.with(SUBMITTED, LEGAL_PASSED, APPROVED, SIGNED)));
        all.set(0, DRAFTED);
        all.addAll(List.of(more));
        return all.toArray();
    }

    private static AmendmentProposedEvent proposed(String by) {
        return new AmendmentProposedEvent(ENGAGEMENT, CONTRACT, 2, TODAY, REASON, LONGER, null, CHEAPER, by);
    }

    @Test
    void aSignedContractIsAmendedFromTodayOnThroughLegalReviewAndAnotherApproverIntoVersionTwo() {
        fixture.given(signed()).when(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, LONGER, SLAS, CHEAPER, TODAY, "paula"))
                .expectEvents(proposed("paula"));
        fixture.given(signed(proposed("paula"))).when(new ReviewContractLegallyCommand(CONTRACT, true, null, "lena"))
                .expectEvents(new AmendmentLegallyApprovedEvent(ENGAGEMENT, CONTRACT, 2, "lena", null));
        var legal = new AmendmentLegallyApprovedEvent(ENGAGEMENT, CONTRACT, 2, "lena", null);
        var repriced = new RoundQuote(Channel.EMAIL, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.DEDICATED_HOURLY, "USD", null, d("9.1"),
                null, null, null, null, null, null, null, null, 24), null, null, "paula", EMAIL.recordedAt());
        fixture.given(signed(proposed("paula"), legal)).when(new DecideContractCommand(CONTRACT, true, "Fine", "marc"))
                .expectEvents(new AmendmentApprovedEvent(ENGAGEMENT, CONTRACT, 2, TODAY, REASON, LONGER, SLAS, List.of(repriced), "marc",
                        "Fine"));
        fixture.given(signed(proposed("carla"), legal)).when(new DecideContractCommand(CONTRACT, true, null, "carla"))
                .expectNoEvents().expectException(rule("ApproverNotDrafter", null));
        fixture.given(signed(proposed("paula"), legal)).when(new DecideContractCommand(CONTRACT, true, null, "lena"))
                .expectNoEvents().expectException(rule("ApproverNotLegalReviewer", null));
        fixture.given(signed(proposed("paula"))).when(new ReviewContractLegallyCommand(CONTRACT, false, "Keep the 2028 end date.", "lena"))
                .expectEvents(new AmendmentChangesRequestedEvent(ENGAGEMENT, CONTRACT, 2, "LEGAL_REVIEW", "lena", "Keep the 2028 end date."));
        // sent back, it may be proposed again; while in review, nothing else
        fixture.given(signed(proposed("paula"), new AmendmentChangesRequestedEvent(ENGAGEMENT, CONTRACT, 2, "LEGAL_REVIEW", "lena",
                        "Keep the 2028 end date.")))
                .when(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, null, CHEAPER, TODAY, "paula"))
                .expectEvents(new AmendmentProposedEvent(ENGAGEMENT, CONTRACT, 2, TODAY, REASON, null, null, CHEAPER, "paula"));
        fixture.given(signed(proposed("paula"))).when(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, null, CHEAPER, TODAY, "paula"))
                .expectNoEvents().expectException(rule("AmendmentPending", null));
    }

    @Test
    void anAmendmentNeverChangesAPastPeriodNorTheFirstDayAndChangesSomething() {
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY.minusDays(1), REASON, LONGER, null, null, TODAY, "paula"),
                "AmendmentNotRetroactive", "effectiveFrom");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, "Cheaper", LONGER, null, null, TODAY, "paula"), "AmendmentReason", "reason");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, new ContractTerm(START.plusDays(1), LONGER.endsOn(), RenewalMode.AUTOMATIC,
                12, 90, 60), null, null, TODAY, "paula"), "FirstDayUnchanged", "term.startsOn");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, TERM, SLAS, List.of(), TODAY, "paula"), "AmendmentChangesSomething",
                "reason");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, null, List.of(new RateChange(Channel.CHAT, "INDIA", null, d("5"),
                null, null)), TODAY, "paula"), "RateLineExists", "rates[0]");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, null, List.of(new RateChange(Channel.EMAIL, "ASIA_PHILIPPINES",
                null, d("0"), null, null)), TODAY, "paula"), "RatePositive", "rates[0]");
        // the grounds for cause name customer satisfaction: the amended SLAs must keep it
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "85",
                20, "5")), d("12")), null, TODAY, "paula"), "TriggerMetricInSlas", "termination.forCause[1].metric");
        expect(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, null, new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "85",
                20, "15"), level(SlaMetric.CUSTOMER_SATISFACTION, "85", null, "3")), d("12")), null, TODAY, "paula"), "CreditWithinCap",
                "serviceLevels.levels[0].creditPercent");
        fixture.given(ContractWorkflowTest.with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new ProposeAmendmentCommand(CONTRACT, TODAY, REASON, LONGER, null, null, TODAY, "paula"))
                .expectNoEvents().expectException(rule("AmendAfterSignature", null));
    }

    @Test
    void versionsKeepTheirTermsAndTheDiffSaysWhatChanged() {
        var at = Instant.parse("2026-11-28T09:00:00Z");
        ContractView view = null;
        for (Object event : signed(proposed("paula"), new AmendmentLegallyApprovedEvent(ENGAGEMENT, CONTRACT, 2, "lena", null))) {
            view = ContractFolds.contract(view, event, at);
        }
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.amendment().status()).isEqualTo("LEGALLY_APPROVED");
        var newLevels = new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "85", 20, "5"),
                level(SlaMetric.CUSTOMER_SATISFACTION, "85", null, "3")), d("12"));
        var repriced = Contract.reprice(view.prices(), CHEAPER);
        view = ContractFolds.contract(view, new AmendmentApprovedEvent(ENGAGEMENT, CONTRACT, 2, TODAY, REASON, LONGER, newLevels, repriced,
                "marc", null), at);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.amendment()).isNull();
        assertThat(view.term()).isEqualTo(LONGER);
        assertThat(view.prices().get(0).quote().ratePerHour()).isEqualByComparingTo(new BigDecimal("9.1"));
        assertThat(view.version(1).orElseThrow().prices().get(0).quote().ratePerHour()).as("version 1 as signed")
                .isEqualByComparingTo(new BigDecimal("9.5"));
        assertThat(view.reviews()).extracting(r -> r.version()).containsExactly(1, 1, 2, 2);

        List<VersionChange> diff = ContractVersions.diff(view.version(1).orElseThrow(), view.version(2).orElseThrow());
        assertThat(diff).contains(new VersionChange("Last day", "2028-12-31", "2029-12-31"),
                new VersionChange("SLA: Service level: % answered within T seconds", "at least 80 %, threshold 20, monthly, credit 5 %",
                        "at least 85 %, threshold 20, monthly, credit 5 %"),
                new VersionChange("Email, ASIA_PHILIPPINES: rate per hour", "9.5 USD", "9.1 USD"));
        assertThat(diff).extracting(VersionChange::what).doesNotContain("First day", "SLA: Customer satisfaction");
        assertThat(ContractVersions.diff(view.version(2).orElseThrow(), view.version(2).orElseThrow())).isEmpty();
    }

    private void expect(ProposeAmendmentCommand command, String rule, String field) {
        fixture.given(signed()).when(command).expectNoEvents().expectException(rule(rule, field));
    }
}
