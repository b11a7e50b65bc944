package org.outsourcingdesk.contracting.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.CONTRACT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.DRAFTED;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.ENGAGEMENT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.START;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.TERM;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.d;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.level;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.command.ActivateContractCommand;
import org.outsourcingdesk.contracting.api.command.DecideContractCommand;
import org.outsourcingdesk.contracting.api.command.RecordSignatureCommand;
import org.outsourcingdesk.contracting.api.command.ReviewContractLegallyCommand;
import org.outsourcingdesk.contracting.api.command.SetContractTermCommand;
import org.outsourcingdesk.contracting.api.command.SetTerminationTermsCommand;
import org.outsourcingdesk.contracting.api.command.SubmitContractForReviewCommand;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.ContractLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignatureRecordedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSubmittedForReviewEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.event.DataTermsSetEvent;
import org.outsourcingdesk.contracting.api.event.GovernanceSetEvent;
import org.outsourcingdesk.contracting.api.event.ServiceLevelsSetEvent;
import org.outsourcingdesk.contracting.api.event.TerminationTermsSetEvent;
import org.outsourcingdesk.contracting.api.model.Cadence;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.EscalationLevel;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.messaging.AuthenticatedCommandsOnly;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/**
 * The contract's termination terms and its way to active: complete sections before legal review,
 * only legal passes it, an independent approver, both signatures, activation on the first day.
 */
class ContractWorkflowTest {

    static final ServiceLevels SLAS = new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "80", 20, "5"),
            level(SlaMetric.CUSTOMER_SATISFACTION, "85", null, "3")), d("12"));
    static final TerminationTerms TERMINATION = new TerminationTerms(List.of(
            new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.SERVICE_LEVEL, 3, null, null),
            new CauseTrigger(CauseKind.SLA_BREACH_K_OF_M, SlaMetric.CUSTOMER_SATISFACTION, 4, 6, null),
            new CauseTrigger(CauseKind.DATA_BREACH, null, null, null, null),
            new CauseTrigger(CauseKind.MATERIAL_BREACH, null, null, null, 30)),
            List.of(new ConvenienceFee(1, d("50000")), new ConvenienceFee(13, d("20000")), new ConvenienceFee(19, d("0"))),
            d("1000000"), d("50000"), 6, "Knowledge transfer, call flows and recordings handed over, staff shadowing.");
    private static final Governance GOVERNANCE = new Governance("Paula", "Jo Reyes", List.of(),
            List.of(new EscalationLevel(1, "Team lead", 4)), Cadence.WEEKLY, true, true, Cadence.MONTHLY);
    static final DataTerms DATA = new DataTerms(100, 90, "QA team", "Returned as CSV, then wiped with a certificate", 30);

    static final Object[] COMPLETE = {DRAFTED,
            new ContractTermSetEvent(ENGAGEMENT, CONTRACT, TERM, "paula"),
            new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT, SLAS, "paula"),
            new GovernanceSetEvent(ENGAGEMENT, CONTRACT, GOVERNANCE, "paula"),
            new DataTermsSetEvent(ENGAGEMENT, CONTRACT, DATA, "paula"),
            new TerminationTermsSetEvent(ENGAGEMENT, CONTRACT, TERMINATION, "paula")};
    static final ContractSubmittedForReviewEvent SUBMITTED = new ContractSubmittedForReviewEvent(ENGAGEMENT, CONTRACT, "paula");
    static final ContractLegallyApprovedEvent LEGAL_PASSED = new ContractLegallyApprovedEvent(ENGAGEMENT, CONTRACT, "lena", null);
    static final ContractApprovedEvent APPROVED = new ContractApprovedEvent(ENGAGEMENT, CONTRACT, "marc", "Go");
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    private FixtureConfiguration<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    static Object[] with(Object... more) {
        var all = new java.util.ArrayList<>(List.of(COMPLETE));
        all.addAll(List.of(more));
        return all.toArray();
    }

    @Test
    void terminationTermsNameGroundsForCauseCapsAFeeScheduleWithinTheCapAndExitAssistance() {
        fixture.given(DRAFTED, new ContractTermSetEvent(ENGAGEMENT, CONTRACT, TERM, "paula"), new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT,
                        SLAS, "paula"))
                .when(new SetTerminationTermsCommand(CONTRACT, TERMINATION, "paula"))
                .expectEvents(new TerminationTermsSetEvent(ENGAGEMENT, CONTRACT, TERMINATION, "paula"));
        assertThat(TERMINATION.convenienceFeeIn(12)).contains(d("50000"));
        assertThat(TERMINATION.convenienceFeeIn(13)).contains(d("20000"));
        assertThat(TERMINATION.convenienceFeeIn(24)).contains(d("0"));
        assertThat(TERMINATION.forCause().get(1).describe()).isEqualTo("Customer satisfaction breached in 4 of 6 periods");

        expectTermination(new TerminationTerms(List.of(), List.of(), d("1"), d("0"), 0, null), "CauseRequired", "termination.forCause");
        expectTermination(terms(new CauseTrigger(null, null, null, null, null)), "CauseKindRequired", "termination.forCause[0].kind");
        expectTermination(terms(new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.HANDLE_TIME, 3, null, null)),
                "TriggerMetricInSlas", "termination.forCause[0].metric");
        expectTermination(terms(new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.SERVICE_LEVEL, 1, null, null)),
                "BreachPeriodsInRange", "termination.forCause[0].breachedPeriods");
        expectTermination(terms(new CauseTrigger(CauseKind.SLA_BREACH_K_OF_M, SlaMetric.SERVICE_LEVEL, 7, 6, null)),
                "BreachPeriodsInRange", "termination.forCause[0].breachedPeriods");
        expectTermination(terms(new CauseTrigger(CauseKind.SLA_BREACH_K_OF_M, SlaMetric.SERVICE_LEVEL, 2, null, null)),
                "BreachPeriodsInRange", "termination.forCause[0].ofPeriods");
        expectTermination(terms(new CauseTrigger(CauseKind.MATERIAL_BREACH, null, null, null, 0)), "CureDaysInRange",
                "termination.forCause[0].cureDays");
        expectTermination(new TerminationTerms(List.of(new CauseTrigger(CauseKind.INSOLVENCY, null, null, null, null),
                new CauseTrigger(CauseKind.INSOLVENCY, null, null, null, null)), List.of(), d("1"), d("0"), 0, null), "CauseOnce",
                "termination.forCause[1].kind");
        var insolvency = List.of(new CauseTrigger(CauseKind.INSOLVENCY, null, null, null, null));
        expectTermination(new TerminationTerms(insolvency, List.of(), d("0"), d("0"), 0, null), "LiabilityCapRequired",
                "termination.liabilityCap");
        expectTermination(new TerminationTerms(insolvency, List.of(), d("10"), null, 0, null), "TerminationFeeCapRequired",
                "termination.terminationFeeCap");
        expectTermination(new TerminationTerms(insolvency, List.of(new ConvenienceFee(6, d("10")), new ConvenienceFee(6, d("5"))), d("10"),
                d("10"), 0, null), "FeeScheduleAscending", "termination.convenienceFees[1].fromMonth");
        expectTermination(new TerminationTerms(insolvency, List.of(new ConvenienceFee(1, d("60000"))), d("100000"), d("50000"), 0, null),
                "FeeWithinCap", "termination.convenienceFees[0].fee");
        // the term runs 24 months: a step from month 25 is after it
        expectTermination(new TerminationTerms(insolvency, List.of(new ConvenienceFee(25, d("0"))), d("10"), d("10"), 0, null),
                "FeeWithinTerm", "termination.convenienceFees[0].fromMonth");
        expectTermination(new TerminationTerms(insolvency, List.of(), d("10"), d("10"), 30, null), "ExitAssistanceInRange",
                "termination.exitAssistanceMonths");
        expectTermination(new TerminationTerms(insolvency, List.of(), d("10"), d("10"), 3, "Help"), "ExitAssistanceDescribed",
                "termination.exitAssistance");
    }

    @Test
    void onlyACompleteDraftGoesToLegalReviewAndItsSectionsMustStillHoldTogether() {
        fixture.given(COMPLETE).when(new SubmitContractForReviewCommand(CONTRACT, "paula")).expectEvents(SUBMITTED);
        fixture.given(DRAFTED, new ContractTermSetEvent(ENGAGEMENT, CONTRACT, TERM, "paula"))
                .when(new SubmitContractForReviewCommand(CONTRACT, "paula"))
                .expectNoEvents().expectException(rule("SectionsComplete", "serviceLevels"))
                .expectExceptionMessage("Complete every section before legal review; missing: serviceLevels, governance, dataTerms, termination.");
        // the SLA a ground for cause names was dropped after the termination terms were set
        fixture.given(with(new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT, new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL,
                        "80", 20, "5")), d("12")), "paula")))
                .when(new SubmitContractForReviewCommand(CONTRACT, "paula"))
                .expectNoEvents().expectException(rule("TriggerMetricInSlas", "termination.forCause[1].metric"));
        // in review, the draft is not edited
        fixture.given(with(SUBMITTED)).when(new SetContractTermCommand(CONTRACT, TERM, "paula"))
                .expectNoEvents().expectException(rule("ContractIsDraft", null));
    }

    @Test
    void legalReviewPassesOrSendsBackWithAComment() {
        fixture.given(with(SUBMITTED)).when(new ReviewContractLegallyCommand(CONTRACT, true, " ", "lena")).expectEvents(LEGAL_PASSED);
        fixture.given(with(SUBMITTED)).when(new ReviewContractLegallyCommand(CONTRACT, false, " Cap liability at twice the annual fee. ",
                "lena")).expectEvents(new ContractChangesRequestedEvent(ENGAGEMENT, CONTRACT, "LEGAL_REVIEW", "lena",
                "Cap liability at twice the annual fee."));
        fixture.given(with(SUBMITTED)).when(new ReviewContractLegallyCommand(CONTRACT, false, "No.", "lena"))
                .expectNoEvents().expectException(rule("ChangesExplained", "comment"));
        fixture.given(COMPLETE).when(new ReviewContractLegallyCommand(CONTRACT, true, null, "lena"))
                .expectNoEvents().expectException(rule("ContractInLegalReview", null));
    }

    @Test
    void onlyLegalPassesLegalReviewAndOnlyAnApproverApproves() {
        fixture.registerCommandHandlerInterceptor(new AuthenticatedCommandsOnly());
        fixture.given(with(SUBMITTED)).when(new ReviewContractLegallyCommand(CONTRACT, true, null, "marc"), as("marc", "APPROVER"))
                .expectNoEvents().expectException(CommandNotPermittedException.class);
        fixture.given(with(SUBMITTED)).when(new ReviewContractLegallyCommand(CONTRACT, true, null, "lena"), as("lena", "LEGAL"))
                .expectEvents(LEGAL_PASSED);
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, true, null, "paula"), as("paula", "PROCUREMENT"))
                .expectNoEvents().expectException(CommandNotPermittedException.class);
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, true, "Go", "marc"), as("marc", "APPROVER"))
                .expectEvents(APPROVED);
    }

    private static java.util.Map<String, Object> as(String user, String role) {
        return java.util.Map.of(AuditMetadata.ACTOR, user, AuditMetadata.ROLES, List.of(role));
    }

    @Test
    void theApproverIsNeitherADrafterNorTheLegalReviewerAndComesAfterLegalReview() {
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, true, "Go", "marc")).expectEvents(APPROVED);
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, true, null, "paula"))
                .expectNoEvents().expectException(rule("ApproverNotDrafter", null));
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, true, null, "lena"))
                .expectNoEvents().expectException(rule("ApproverNotLegalReviewer", null));
        fixture.given(with(SUBMITTED)).when(new DecideContractCommand(CONTRACT, true, null, "marc"))
                .expectNoEvents().expectException(rule("ContractLegallyApproved", null));
        fixture.given(with(SUBMITTED, LEGAL_PASSED)).when(new DecideContractCommand(CONTRACT, false, "Shorter notice, please.", "marc"))
                .expectEvents(new ContractChangesRequestedEvent(ENGAGEMENT, CONTRACT, "APPROVAL", "marc", "Shorter notice, please."));
        // whoever set a section is a drafter too, not only who submitted
        fixture.given(with(new GovernanceSetEvent(ENGAGEMENT, CONTRACT, GOVERNANCE, "carla"), SUBMITTED, LEGAL_PASSED))
                .when(new DecideContractCommand(CONTRACT, true, null, "carla"))
                .expectNoEvents().expectException(rule("ApproverNotDrafter", null));
    }

    @Test
    void bothPartiesSignAfterBothReviewsNeverInTheFutureAndTheContractIsActiveOnItsFirstDay() {
        var approvedOn = LocalDate.now(java.time.ZoneOffset.UTC);
        var ours = new ContractSignatureRecordedEvent(ENGAGEMENT, CONTRACT, Party.CLIENT, "Dana Whitfield", approvedOn, "paula");
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new RecordSignatureCommand(CONTRACT, Party.CLIENT, " Dana Whitfield ", approvedOn, TODAY, "paula"))
                .expectEvents(ours);
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED, ours))
                .when(new RecordSignatureCommand(CONTRACT, Party.VENDOR, "Jo Reyes", approvedOn, TODAY, "paula"))
                .expectEvents(new ContractSignatureRecordedEvent(ENGAGEMENT, CONTRACT, Party.VENDOR, "Jo Reyes", approvedOn, "paula"),
                        new ContractSignedEvent(ENGAGEMENT, CONTRACT, approvedOn, START, "marc"));
        fixture.given(with(SUBMITTED, LEGAL_PASSED))
                .when(new RecordSignatureCommand(CONTRACT, Party.CLIENT, "Dana", approvedOn, TODAY, "paula"))
                .expectNoEvents().expectException(rule("SignatureAfterApproval", null));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED, ours))
                .when(new RecordSignatureCommand(CONTRACT, Party.CLIENT, "Dana", approvedOn, TODAY, "paula"))
                .expectNoEvents().expectException(rule("SignedOnce", "party"));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new RecordSignatureCommand(CONTRACT, Party.VENDOR, "Jo", TODAY.plusDays(1), TODAY, "paula"))
                .expectNoEvents().expectException(rule("SignatureNotInFuture", "signedOn"));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new RecordSignatureCommand(CONTRACT, Party.VENDOR, "Jo", approvedOn.minusDays(1), TODAY, "paula"))
                .expectNoEvents().expectException(rule("SignatureAfterApprovalDate", "signedOn"));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new RecordSignatureCommand(CONTRACT, Party.VENDOR, " ", approvedOn, TODAY, "paula"))
                .expectNoEvents().expectException(rule("SignatoryRequired", "signatory"));

        var signed = new ContractSignedEvent(ENGAGEMENT, CONTRACT, approvedOn, START, "marc");
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED, ours, signed))
                .when(new ActivateContractCommand(CONTRACT, START.minusDays(1), "marc"))
                .expectNoEvents().expectException(rule("ContractStarted", null));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED, ours, signed))
                .when(new ActivateContractCommand(CONTRACT, START, "marc"))
                .expectEvents(new ContractActivatedEvent(ENGAGEMENT, CONTRACT, "v-1", "Bayside", START, TERM, SLAS, DATA, TERMINATION, "marc"));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED))
                .when(new ActivateContractCommand(CONTRACT, START, "marc"))
                .expectNoEvents().expectException(rule("ContractSigned", null));
    }

    @Test
    void theViewFollowsTheWorkflowWithTheReviewsSignaturesAndWhoMayNotApprove() {
        var at = Instant.parse("2026-11-28T09:00:00Z");
        ContractView view = null;
        for (Object event : with(SUBMITTED, new ContractChangesRequestedEvent(ENGAGEMENT, CONTRACT, "LEGAL_REVIEW", "lena",
                "Cap liability lower."))) {
            view = ContractFolds.contract(view, event, at);
        }
        assertThat(view.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(view.reviews()).singleElement().satisfies(r -> assertThat(r.comment()).isEqualTo("Cap liability lower."));
        assertThat(view.missingSections()).isEmpty();
        for (Object event : List.of(SUBMITTED, LEGAL_PASSED, APPROVED)) {
            view = ContractFolds.contract(view, event, at);
        }
        assertThat(view.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(view.drafters()).containsExactly("paula");
        assertThat(view.legalReviewer()).isEqualTo("lena");
        assertThat(view.approvedBy()).isEqualTo("marc");
        assertThat(view.reviews()).hasSize(3);
        view = ContractFolds.contract(view, new ContractSignedEvent(ENGAGEMENT, CONTRACT, at.atOffset(java.time.ZoneOffset.UTC)
                .toLocalDate(), START, "marc"), at);
        assertThat(view.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(ContractFolds.contract(null, DRAFTED, at).missingSections())
                .containsExactly("term", "serviceLevels", "governance", "dataTerms", "termination");
    }

    private static TerminationTerms terms(CauseTrigger trigger) {
        return new TerminationTerms(List.of(trigger), List.of(), d("10"), d("10"), 0, null);
    }

    private void expectTermination(TerminationTerms terms, String rule, String field) {
        fixture.given(DRAFTED, new ContractTermSetEvent(ENGAGEMENT, CONTRACT, TERM, "paula"), new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT,
                        SLAS, "paula"))
                .when(new SetTerminationTermsCommand(CONTRACT, terms, "paula")).expectNoEvents().expectException(rule(rule, field));
    }
}
