package org.outsourcingdesk.contracting.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.kernel.EngagementId;

/** Deadlines within 90 days in windows of 7, 30 and 90 days, and a missed notice kept in sight while the contract runs. */
class ContractDeadlinesTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final String CONTRACT = "round-contract";
    private static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
    // 2027-01-01 to 2027-12-31, renews for 12 months unless notice is given 60 days before the end: by 2027-11-01
    private static final ContractTerm TERM = new ContractTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
            RenewalMode.AUTOMATIC, 12, 60, 30);
    private static final Object APPROVED = new ContractApprovedEvent(ENGAGEMENT, CONTRACT, "marc", null);
    private static final Object SIGNED = new ContractSignedEvent(ENGAGEMENT, CONTRACT, LocalDate.of(2026, 12, 1), TERM.startsOn(), "marc");

    private static ContractView contract(ContractTerm term, Object... steps) {
        var view = ContractFolds.contract(null, new ContractDraftedEvent(ENGAGEMENT, CONTRACT, "round", "v-1", "Bayside", List.of(),
                "marc"), AT);
        view = ContractFolds.contract(view, new ContractTermSetEvent(ENGAGEMENT, CONTRACT, term, "paula"), AT);
        for (Object step : steps) {
            view = ContractFolds.contract(view, step, AT);
        }
        return view;
    }

    private static Object active(LocalDate on) {
        return new ContractActivatedEvent(ENGAGEMENT, CONTRACT, "v-1", "Bayside", on, TERM, null, null, null, "marc");
    }

    @Test
    void aDraftHasNoDeadlinesAnApprovedOrSignedContractShowsItsStart() {
        assertThat(ContractDeadlines.of(contract(TERM), LocalDate.of(2026, 12, 1))).isEmpty();
        assertThat(ContractDeadlines.of(contract(TERM, APPROVED), LocalDate.of(2026, 12, 1))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ContractDeadline.STARTS);
            assertThat(d.daysLeft()).isEqualTo(31);
            assertThat(d.within()).isEqualTo(90);
            assertThat(d.description()).contains("signatures are still to be recorded");
        });
        assertThat(ContractDeadlines.of(contract(TERM, APPROVED, SIGNED), LocalDate.of(2026, 12, 27)))
                .extracting(ContractDeadline::kind, ContractDeadline::within).containsExactly(tuple("STARTS", 7));
        assertThat(ContractDeadlines.of(contract(TERM, APPROVED, SIGNED), LocalDate.of(2026, 9, 1))).as("more than 90 days ahead").isEmpty();
    }

    @Test
    void theNoticeDeadlineComesIn90Then30Then7DaysAndOnceMissedStaysUntilTheEnd() {
        var running = contract(TERM, APPROVED, SIGNED, active(TERM.startsOn()));
        assertThat(ContractDeadlines.of(running, LocalDate.of(2027, 6, 1))).isEmpty();
        assertThat(ContractDeadlines.of(running, LocalDate.of(2027, 8, 15))).singleElement()
                .satisfies(d -> assertThat(d.within()).isEqualTo(90));
        assertThat(ContractDeadlines.of(running, LocalDate.of(2027, 10, 10)))
                .extracting(ContractDeadline::kind, ContractDeadline::within)
                .containsExactly(tuple("NON_RENEWAL_NOTICE", 30), tuple("RENEWS", 90));
        assertThat(ContractDeadlines.of(running, LocalDate.of(2027, 10, 30)).get(0).within()).isEqualTo(7);
        var missed = ContractDeadlines.of(running, LocalDate.of(2027, 11, 2));
        assertThat(missed.get(0).missed()).isTrue();
        assertThat(missed.get(0).within()).isZero();
        assertThat(missed.get(0).description()).isEqualTo("Missed: notice not to renew was due by 2027-11-01; the contract renews for"
                + " 12 months on 2028-01-01");
        assertThat(missed.get(1).kind()).isEqualTo(ContractDeadline.RENEWS);
        assertThat(missed.get(1).date()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(ContractDeadlines.of(running, LocalDate.of(2028, 1, 1))).as("the term is over").isEmpty();
    }

    @Test
    void aContractThatEndsByDecisionShowsItsEnd() {
        var byDecision = new ContractTerm(TERM.startsOn(), TERM.endsOn(), RenewalMode.BY_DECISION, null, 60, 30);
        var deadlines = ContractDeadlines.of(contract(byDecision, APPROVED, SIGNED), LocalDate.of(2027, 12, 1));
        assertThat(deadlines).extracting(ContractDeadline::kind).containsExactly("NON_RENEWAL_NOTICE", "ENDS");
        assertThat(deadlines.get(0).description()).endsWith("it ends on 2027-12-31");
        assertThat(deadlines.get(1).date()).isEqualTo(TERM.endsOn());
    }
}
