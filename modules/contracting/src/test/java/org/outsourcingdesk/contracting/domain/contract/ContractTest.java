package org.outsourcingdesk.contracting.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.command.DraftContractCommand;
import org.outsourcingdesk.contracting.api.command.SetContractTermCommand;
import org.outsourcingdesk.contracting.api.command.SetDataTermsCommand;
import org.outsourcingdesk.contracting.api.command.SetGovernanceCommand;
import org.outsourcingdesk.contracting.api.command.SetServiceLevelsCommand;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.event.DataTermsSetEvent;
import org.outsourcingdesk.contracting.api.event.GovernanceSetEvent;
import org.outsourcingdesk.contracting.api.model.Cadence;
import org.outsourcingdesk.contracting.api.event.ServiceLevelsSetEvent;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.EscalationLevel;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.Responsibility;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;

/** The draft contract: drafted from a selection, its term, SLAs, governance and data terms, each rule with its name and field. */
class ContractTest {

    static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    static final String CONTRACT = ENGAGEMENT.value() + "-round-7-contract";
    static final ContractDraftedEvent DRAFTED = new ContractDraftedEvent(ENGAGEMENT, CONTRACT, ENGAGEMENT.value() + "-round-7",
            "v-1", "Bayside", List.of(), "marc");
    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final ContractTerm TERM = new ContractTerm(START, LocalDate.of(2028, 12, 31), RenewalMode.AUTOMATIC, 12, 90, 60);

    private FixtureConfiguration<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void aDraftOpensWithTheSelectedVendor() {
        fixture.givenNoPriorActivity()
                .when(new DraftContractCommand(CONTRACT, ENGAGEMENT, ENGAGEMENT.value() + "-round-7", "v-1", "Bayside", List.of(), "marc"))
                .expectEvents(DRAFTED);
    }

    @Test
    void theTermEndsAfterItStartsRenewsForSomeMonthsAndEveryNoticeIsShorterThanIt() {
        fixture.given(DRAFTED).when(new SetContractTermCommand(CONTRACT, TERM, "paula"))
                .expectEvents(new ContractTermSetEvent(ENGAGEMENT, CONTRACT, TERM, "paula"));
        assertThat(TERM.nonRenewalNoticeBy()).isEqualTo(LocalDate.of(2028, 10, 2));
        var byDecision = new ContractTerm(START, LocalDate.of(2027, 12, 31), RenewalMode.BY_DECISION, 24, 30, 30);
        fixture.given(DRAFTED).when(new SetContractTermCommand(CONTRACT, byDecision, "paula"))
                .expectEvents(new ContractTermSetEvent(ENGAGEMENT, CONTRACT, new ContractTerm(START, LocalDate.of(2027, 12, 31),
                        RenewalMode.BY_DECISION, null, 30, 30), "paula"));
        expectTerm(new ContractTerm(null, START, RenewalMode.AUTOMATIC, 12, 30, 30), "TermStartRequired", "term.startsOn");
        expectTerm(new ContractTerm(START, START, RenewalMode.AUTOMATIC, 12, 30, 30), "EndAfterStart", "term.endsOn");
        expectTerm(new ContractTerm(START, START.minusDays(1), RenewalMode.AUTOMATIC, 12, 30, 30), "EndAfterStart", "term.endsOn");
        expectTerm(new ContractTerm(START, START.plusYears(1), null, 12, 30, 30), "RenewalModeRequired", "term.renewal");
        expectTerm(new ContractTerm(START, START.plusYears(1), RenewalMode.AUTOMATIC, null, 30, 30), "RenewalTermRequired",
                "term.renewalMonths");
        // 2027-01-01 to 2027-03-31 is 90 days: a notice of 90 days is not shorter than it
        expectTerm(new ContractTerm(START, LocalDate.of(2027, 3, 31), RenewalMode.BY_DECISION, null, 90, 30), "NoticeShorterThanTerm",
                "term.nonRenewalNoticeDays");
        expectTerm(new ContractTerm(START, LocalDate.of(2027, 3, 31), RenewalMode.BY_DECISION, null, 89, -1), "NoticeShorterThanTerm",
                "term.convenienceNoticeDays");
        expectTerm(new ContractTerm(START, LocalDate.of(2027, 3, 31), RenewalMode.BY_DECISION, null, null, 30), "NoticePeriodRequired",
                "term.nonRenewalNoticeDays");
    }

    @Test
    void slasComeFromTheCatalogueOnceEachWithTheirThresholdAndCreditsWithinTheCap() {
        var levels = new ServiceLevels(List.of(
                level(SlaMetric.SERVICE_LEVEL, "80", 20, "5"),
                level(SlaMetric.CUSTOMER_SATISFACTION, "85", 99, "3"),
                level(SlaMetric.AVERAGE_SPEED_OF_ANSWER, "30", null, null)), d("12"));
        fixture.given(DRAFTED).when(new SetServiceLevelsCommand(CONTRACT, levels, "paula"))
                .expectEvents(new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT, new ServiceLevels(List.of(
                        level(SlaMetric.SERVICE_LEVEL, "80", 20, "5"),
                        level(SlaMetric.CUSTOMER_SATISFACTION, "85", null, "3"),
                        level(SlaMetric.AVERAGE_SPEED_OF_ANSWER, "30", null, "0")), d("12")), "paula"));
        expectLevels(new ServiceLevels(List.of(), d("10")), "SlaRequired", "serviceLevels.levels");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "80", 20, "5")), null), "CreditCapInRange",
                "serviceLevels.creditCapPercent");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "80", 20, "5")), d("120")), "CreditCapInRange",
                "serviceLevels.creditCapPercent");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "80", 20, "15")), d("10")), "CreditWithinCap",
                "serviceLevels.levels[0].creditPercent");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.SERVICE_LEVEL, "80", null, "5")), d("10")), "SlaThresholdRequired",
                "serviceLevels.levels[0].threshold");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.EMAIL_WITHIN_HOURS, "90", 200, "5")), d("10")), "SlaThresholdRequired",
                "serviceLevels.levels[0].threshold");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.ABANDONMENT_RATE, "120", null, "5")), d("10")), "SlaTargetInRange",
                "serviceLevels.levels[0].target");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.HANDLE_TIME, "0", null, "5")), d("10")), "SlaTargetInRange",
                "serviceLevels.levels[0].target");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.HOLD_TIME, "60", null, "5"), level(SlaMetric.HOLD_TIME, "45", null, "5")),
                d("10")), "SlaOncePerMetric", "serviceLevels.levels[1].metric");
        expectLevels(new ServiceLevels(List.of(level(SlaMetric.HOLD_TIME, "60", null, "-1")), d("10")), "CreditNotNegative",
                "serviceLevels.levels[0].creditPercent");
        expectLevels(new ServiceLevels(List.of(new ServiceLevel(SlaMetric.HOLD_TIME, d("60"), null, null, d("1"))), d("10")),
                "SlaPeriodRequired", "serviceLevels.levels[0].period");
    }

    @Test
    void handleTimeWithCreditsAndNoCreditedQualityMetricIsFlagged() {
        var speedOnly = new ServiceLevels(List.of(level(SlaMetric.HANDLE_TIME, "300", null, "5"),
                level(SlaMetric.CUSTOMER_SATISFACTION, "85", null, "0")), d("10"));
        assertThat(speedOnly.rewardsSpeedOverService()).isTrue();
        assertThat(new ServiceLevels(List.of(level(SlaMetric.HANDLE_TIME, "300", null, "5"),
                level(SlaMetric.QUALITY_ASSURANCE_SCORE, "90", null, "2")), d("10")).rewardsSpeedOverService()).isFalse();
        assertThat(new ServiceLevels(List.of(level(SlaMetric.HANDLE_TIME, "300", null, "0")), d("10")).rewardsSpeedOverService())
                .as("handle time measured without credits").isFalse();
        var at = Instant.parse("2026-11-27T10:00:00Z");
        var view = ContractFolds.contract(ContractFolds.contract(null, DRAFTED, at),
                new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT, speedOnly, "paula"), at);
        assertThat(view.warnsSpeedOverService()).isTrue();
        assertThat(new ServiceLevelsSetEvent(ENGAGEMENT, CONTRACT, speedOnly, "paula").summary())
                .contains("handle time carries credits while no quality metric does");
    }

    @Test
    void governanceNamesTheLiaisonAndAccountManagerGivesEveryRoleItsSideAndEscalatesInOrder() {
        var governance = new Governance(" Paula Procurement ", "Jo Reyes", List.of(new Responsibility(" Workforce planning ",
                Party.VENDOR, "Forecasts and rosters")), List.of(new EscalationLevel(7, "Team lead", 4),
                new EscalationLevel(3, " Account manager ", 24)), Cadence.WEEKLY, true, true, null);
        fixture.given(DRAFTED).when(new SetGovernanceCommand(CONTRACT, governance, "paula"))
                .expectEvents(new GovernanceSetEvent(ENGAGEMENT, CONTRACT, new Governance("Paula Procurement", "Jo Reyes",
                        List.of(new Responsibility("Workforce planning", Party.VENDOR, "Forecasts and rosters")),
                        List.of(new EscalationLevel(1, "Team lead", 4), new EscalationLevel(2, "Account manager", 24)),
                        Cadence.WEEKLY, true, true, Cadence.NONE), "paula"));
        expectGovernance(new Governance(" ", "Jo", List.of(), List.of(new EscalationLevel(1, "Lead", 4)), null, false, false, null),
                "LiaisonRequired", "governance.internalLiaison");
        expectGovernance(new Governance("Paula", null, List.of(), List.of(new EscalationLevel(1, "Lead", 4)), null, false, false, null),
                "AccountManagerRequired", "governance.vendorAccountManager");
        expectGovernance(new Governance("Paula", "Jo", List.of(), List.of(), null, false, false, null),
                "EscalationRequired", "governance.escalation");
        expectGovernance(new Governance("Paula", "Jo", List.of(), List.of(new EscalationLevel(1, "Lead", 0)), null, false, false, null),
                "EscalationResponseTime", "governance.escalation[0].responseHours");
        expectGovernance(new Governance("Paula", "Jo", List.of(), List.of(new EscalationLevel(1, " ", 4)), null, false, false, null),
                "EscalationContact", "governance.escalation[0].contact");
        expectGovernance(new Governance("Paula", "Jo", List.of(new Responsibility("QA", null, "Call reviews")),
                List.of(new EscalationLevel(1, "Lead", 4)), null, false, false, null), "ResponsibilityComplete",
                "governance.responsibilities[0]");
    }

    @Test
    void dataTermsSayWhatIsRecordedForHowLongWhoMayListenAndHowDataLeavesAtTheEnd() {
        var terms = new DataTerms(100, 90, " QA team and the liaison ", " Returned as CSV, then wiped with a certificate ", 30);
        fixture.given(DRAFTED).when(new SetDataTermsCommand(CONTRACT, terms, "paula"))
                .expectEvents(new DataTermsSetEvent(ENGAGEMENT, CONTRACT, new DataTerms(100, 90, "QA team and the liaison",
                        "Returned as CSV, then wiped with a certificate", 30), "paula"));
        expectData(new DataTerms(120, 90, "QA", "Returned then wiped", 30), "RecordedShareInRange", "dataTerms.recordedSharePercent");
        expectData(new DataTerms(100, 0, "QA", "Returned then wiped", 30), "RetentionInRange", "dataTerms.retentionDays");
        expectData(new DataTerms(100, 90, " ", "Returned then wiped", 30), "DataAccessRequired", "dataTerms.access");
        expectData(new DataTerms(100, 90, "QA", "Wiped", 30), "DataReturnRequired", "dataTerms.returnAndDestruction");
        expectData(new DataTerms(100, 90, "QA", "Returned then wiped", null), "DestructionDeadline", "dataTerms.destroyWithinDays");
    }

    private void expectData(DataTerms terms, String rule, String field) {
        fixture.given(DRAFTED).when(new SetDataTermsCommand(CONTRACT, terms, "paula")).expectNoEvents().expectException(rule(rule, field));
    }

    private void expectGovernance(Governance governance, String rule, String field) {
        fixture.given(DRAFTED).when(new SetGovernanceCommand(CONTRACT, governance, "paula")).expectNoEvents()
                .expectException(rule(rule, field));
    }

    static ServiceLevel level(SlaMetric metric, String target, Integer threshold, String credit) {
        return new ServiceLevel(metric, d(target), threshold, MeasurementPeriod.MONTHLY, credit == null ? null : d(credit));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private void expectTerm(ContractTerm term, String rule, String field) {
        fixture.given(DRAFTED).when(new SetContractTermCommand(CONTRACT, term, "paula")).expectNoEvents().expectException(rule(rule, field));
    }

    private void expectLevels(ServiceLevels levels, String rule, String field) {
        fixture.given(DRAFTED).when(new SetServiceLevelsCommand(CONTRACT, levels, "paula")).expectNoEvents()
                .expectException(rule(rule, field));
    }

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
