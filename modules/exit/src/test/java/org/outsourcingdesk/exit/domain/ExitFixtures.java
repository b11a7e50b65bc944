package org.outsourcingdesk.exit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.exit.api.event.ExitPlanStartedEvent;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A contract from 1 January 2026 to 31 December 2027 that renews automatically for 12 months unless
 * notice is given 90 days ahead (by 2 October 2027); 60 days' notice to end it for convenience, at a
 * fee of 50,000 in its first year, 20,000 from month 13 and nothing from month 19, never above the cap
 * of 30,000. Today is 28 November 2026.
 */
final class ExitFixtures {

    static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    static final String CONTRACT = ENGAGEMENT.value() + "-round-7-contract";
    static final String EXIT = CONTRACT + "-exit";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ContractTerm TERM = new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), RenewalMode.AUTOMATIC, 12, 90, 60);
    static final TerminationTerms TERMINATION = new TerminationTerms(List.of(
            new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.SERVICE_LEVEL, 2, null, null)),
            List.of(new ConvenienceFee(1, d("50000")), new ConvenienceFee(13, d("20000")), new ConvenienceFee(19, d("0"))),
            d("1000000"), d("30000"), 6, "Transition support");
    static final ExitPlanStartedEvent STARTED = new ExitPlanStartedEvent(ENGAGEMENT, EXIT, CONTRACT, "Bayside", TERM, TERMINATION, "EUR",
            Arrays.stream(ReadinessItem.values()).map(i -> new ChecklistEntry(i, null, null, ItemStatus.OPEN, null)).toList(), "marc");
    /** The vendor at 40,000 a month; 20 FTE in-house at 45,000 a year each, 3,000 to hire and train one, 60,000 of management. */
    static final ExitCosts.Figures FIGURES = new ExitCosts.Figures("EUR", d("40000"), d("20.0"), d("45000"), d("3000"), d("60000"), List.of());

    private ExitFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
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

    static Matcher<BusinessRuleViolation> ruleSaying(String rule, String words) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return violation.rule().equals(rule) && violation.getMessage().contains(words);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rule " + rule + " saying '" + words + "'");
            }
        };
    }
}
