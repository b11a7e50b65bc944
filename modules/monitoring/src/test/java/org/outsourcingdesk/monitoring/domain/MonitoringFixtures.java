package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.command.StartMonitoringCommand;
import org.outsourcingdesk.monitoring.api.model.CustomerFeedback;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * A contract to monitor, from 1 January 2026, reported monthly in EUR: inbound voice at 0.80 a minute
 * with a minimum of 30,000 a month, email at 20.00 an agent hour. Voice costs 5.00 a contact in-house
 * (1,200,000 a year for 240,000 contacts). Version 1: service level 80 % in 20 s (credit 5 %) and
 * customer satisfaction 85 % (credit 3 %), credits capped at 6 %. Version 2, from 1 April: service
 * level 75 % (credit 10 %), cap 8 %. Grounds for cause: service level breached in 2 consecutive
 * periods; satisfaction in 2 of 3.
 */
public final class MonitoringFixtures {

    static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    static final String CONTRACT = ENGAGEMENT.value() + "-round-7-contract";
    static final String MONITORING = CONTRACT + "-monitoring";
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ContractTerm TERM = new ContractTerm(START, LocalDate.of(2027, 12, 31), RenewalMode.BY_DECISION, null, 90, 60);

    static final RoundQuote VOICE = new RoundQuote(Channel.INBOUND_VOICE, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.SHARED_PER_MINUTE,
            "EUR", d("0.80"), null, null, null, null, null, null, null, d("30000"), null, 24),
            new QuoteVolume(240_000L, 300, null, d("1200000")), null, "paula", Instant.parse("2025-11-01T00:00:00Z"));
    static final RoundQuote EMAIL = new RoundQuote(Channel.EMAIL, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.DEDICATED_HOURLY,
            "EUR", null, d("20"), null, null, null, null, null, null, null, null, 24), null, null, "paula",
            Instant.parse("2025-11-01T00:00:00Z"));
    static final ServiceLevels SLAS_V1 = new ServiceLevels(List.of(
            new ServiceLevel(SlaMetric.SERVICE_LEVEL, d("80"), 20, MeasurementPeriod.MONTHLY, d("5")),
            new ServiceLevel(SlaMetric.CUSTOMER_SATISFACTION, d("85"), null, MeasurementPeriod.MONTHLY, d("3"))), d("6"));
    static final ServiceLevels SLAS_V2 = new ServiceLevels(List.of(
            new ServiceLevel(SlaMetric.SERVICE_LEVEL, d("75"), 20, MeasurementPeriod.MONTHLY, d("10")),
            new ServiceLevel(SlaMetric.CUSTOMER_SATISFACTION, d("85"), null, MeasurementPeriod.MONTHLY, d("3"))), d("8"));
    public static final ContractVersion V1 = new ContractVersion(1, START, TERM, SLAS_V1, List.of(VOICE, EMAIL), "Signed", "marc",
            Instant.parse("2025-12-15T10:00:00Z"));
    static final ContractVersion V2 = new ContractVersion(2, LocalDate.of(2026, 4, 1), TERM, SLAS_V2, List.of(VOICE, EMAIL),
            "Lower service level for a higher credit", "marc", Instant.parse("2026-03-20T10:00:00Z"));
    public static final TerminationTerms TERMINATION = new TerminationTerms(List.of(
            new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.SERVICE_LEVEL, 2, null, null),
            new CauseTrigger(CauseKind.SLA_BREACH_K_OF_M, SlaMetric.CUSTOMER_SATISFACTION, 2, 3, null),
            new CauseTrigger(CauseKind.DATA_BREACH, null, null, null, null)), List.of(), d("1000000"), d("50000"), 6, "Transition");
    static final StartMonitoringCommand START_COMMAND = new StartMonitoringCommand(MONITORING, ENGAGEMENT, CONTRACT, "Bayside", V1,
            TERMINATION, "marc");

    private MonitoringFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * A month: voice offered 10,000, handled 9,500, abandoned 500, {@code inThreshold} answered within
     * 20 s, 40,000 billed minutes; email 500 handled, 100 billed hours; both at {@code csat} %.
     */
    static PeriodReport month(int month, long inThreshold, String csat) {
        return report(LocalDate.of(2026, month, 1), inThreshold, csat, "40000", 10);
    }

    static PeriodReport report(LocalDate start, long inThreshold, String csat, String minutes, int complaints) {
        return new PeriodReport(start, List.of(
                new KpiLine(Channel.INBOUND_VOICE, 10_000L, 9_500L, 500L, inThreshold, 25, 300, 30, 950L, d(csat), d("90"), null,
                        d(minutes), null),
                new KpiLine(Channel.EMAIL, null, 500L, null, null, null, 400, null, 40L, d(csat), d("88"), 450L, null, d("100"))),
                new CustomerFeedback(complaints, 0, null));
    }

    static PeriodReport withVoice(PeriodReport report, KpiLine voice) {
        var lines = new ArrayList<>(report.lines());
        lines.set(0, voice);
        return new PeriodReport(report.periodStart(), lines, report.feedback());
    }

    static Matcher<BusinessRuleViolation> rule(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return violation.rule().equals(rule) && java.util.Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rule " + rule + " on " + field);
            }
        };
    }

    /** Takes whatever events a command published, for assertions on their payloads. */
    static final class Published extends TypeSafeMatcher<List<? super EventMessage<?>>> {
        final List<Object> payloads = new ArrayList<>();

        @Override
        protected boolean matchesSafely(List<? super EventMessage<?>> events) {
            payloads.clear();
            events.forEach(e -> payloads.add(((EventMessage<?>) e).getPayload()));
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }

        <T> List<T> of(Class<T> type) {
            return payloads.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
