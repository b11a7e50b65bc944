package org.outsourcingdesk.contracting.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.CONTRACT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.ENGAGEMENT;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.START;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.TERM;
import static org.outsourcingdesk.contracting.domain.contract.ContractTest.rule;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.APPROVED;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.DATA;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.LEGAL_PASSED;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.SLAS;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.SUBMITTED;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.TERMINATION;
import static org.outsourcingdesk.contracting.domain.contract.ContractWorkflowTest.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.command.ActivateContractCommand;
import org.outsourcingdesk.contracting.api.command.DecideContractCommand;
import org.outsourcingdesk.contracting.api.command.EndContractCommand;
import org.outsourcingdesk.contracting.api.command.ProposeAmendmentCommand;
import org.outsourcingdesk.contracting.api.command.ReviewContractLegallyCommand;
import org.outsourcingdesk.contracting.api.command.SetContractTermCommand;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractEndedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.model.ContractEnd;
import org.outsourcingdesk.contracting.api.model.ContractEnding;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.query.ContractDeadlines;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;

/** The end of a contract: when its exit completes it ends, and an ended contract changes no more, by rule {@code ContractNotEnded}. */
class ContractEndTest {

    private static final String EXIT = CONTRACT + "-exit";
    private static final LocalDate ENDED_ON = LocalDate.of(2027, 6, 30);
    private static final ContractSignedEvent SIGNED = new ContractSignedEvent(ENGAGEMENT, CONTRACT, START.minusDays(10), START, "marc");
    private static final ContractActivatedEvent ACTIVATED = new ContractActivatedEvent(ENGAGEMENT, CONTRACT, "v-1", "Bayside", START, TERM,
            SLAS, DATA, TERMINATION, "marc");
    private static final ContractEndedEvent ENDED = new ContractEndedEvent(ENGAGEMENT, CONTRACT, ContractEnding.TERMINATED_FOR_CAUSE,
            ENDED_ON, EXIT, "marc");
    private static final String REASON = "Volumes doubled; the vendor lowers its rate for a longer term";

    private FixtureConfiguration<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    private static Object[] active(Object... more) {
        var all = new java.util.ArrayList<>(List.of(with(SUBMITTED, LEGAL_PASSED, APPROVED, SIGNED, ACTIVATED)));
        all.addAll(List.of(more));
        return all.toArray();
    }

    @Test
    void anActiveContractEndsWhenItsExitCompletesAndAgainForTheSameExitChangesNothing() {
        fixture.given(active()).when(new EndContractCommand(CONTRACT, ContractEnding.TERMINATED_FOR_CAUSE, ENDED_ON, EXIT, "marc"))
                .expectEvents(ENDED);
        fixture.given(active(ENDED)).when(new EndContractCommand(CONTRACT, ContractEnding.TERMINATED_FOR_CAUSE, ENDED_ON, EXIT, "marc"))
                .expectNoEvents().expectSuccessfulHandlerExecution();
        fixture.given(active(ENDED)).when(new EndContractCommand(CONTRACT, ContractEnding.EXPIRED, ENDED_ON, "another-exit", "marc"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
        fixture.given(active()).when(new EndContractCommand(CONTRACT, ContractEnding.EXPIRED, START.minusDays(1), EXIT, "marc"))
                .expectNoEvents().expectException(rule("EndAfterFirstDay", "endedOn"));
        fixture.given(active()).when(new EndContractCommand(CONTRACT, null, ENDED_ON, EXIT, "marc"))
                .expectNoEvents().expectException(rule("EndingRequired", "ending"));
        fixture.given(with(SUBMITTED)).when(new EndContractCommand(CONTRACT, ContractEnding.EXPIRED, ENDED_ON, EXIT, "marc"))
                .expectNoEvents().expectException(rule("EndAfterSignature", null));
    }

    @Test
    void anEndedContractIsNeitherAmendedNorActivatedNorReviewedNorEdited() {
        var today = LocalDate.now(java.time.ZoneOffset.UTC);
        var longer = new ContractTerm(START, LocalDate.of(2029, 12, 31), RenewalMode.AUTOMATIC, 12, 90, 60);
        fixture.given(active(ENDED)).when(new ProposeAmendmentCommand(CONTRACT, today, REASON, longer, null, null, today, "paula"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
        fixture.given(with(SUBMITTED, LEGAL_PASSED, APPROVED, SIGNED, ENDED)).when(new ActivateContractCommand(CONTRACT, START, "marc"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
        var pending = new AmendmentProposedEvent(ENGAGEMENT, CONTRACT, 2, today, REASON, longer, null, List.of(), "paula");
        fixture.given(active(pending, ENDED)).when(new ReviewContractLegallyCommand(CONTRACT, true, null, "lena"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
        fixture.given(active(pending, ENDED)).when(new DecideContractCommand(CONTRACT, true, null, "carla"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
        fixture.given(active(ENDED)).when(new SetContractTermCommand(CONTRACT, longer, "paula"))
                .expectNoEvents().expectException(rule("ContractNotEnded", null));
    }

    @Test
    void theViewShowsTheEndAndAnAmendmentInReviewLapsesWithNoDeadlineLeft() {
        ContractView view = null;
        var at = Instant.parse("2027-07-01T09:00:00Z");
        var pending = new AmendmentProposedEvent(ENGAGEMENT, CONTRACT, 2, ENDED_ON, REASON, null, null, List.of(), "paula");
        for (Object event : active(pending)) {
            view = ContractFolds.contract(view, event, at);
        }
        assertThat(view.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(view.amendment()).isNotNull();
        var nearTheEnd = TERM.endsOn().minusDays(100); // notice not to renew is due within the deadlines' horizon
        assertThat(ContractDeadlines.of(view, nearTheEnd)).isNotEmpty();
        view = ContractFolds.contract(view, ENDED, at);
        assertThat(view.status()).isEqualTo(ContractStatus.ENDED);
        assertThat(view.status().signed()).isTrue();
        assertThat(view.status().inForce()).isFalse();
        assertThat(view.end()).isEqualTo(new ContractEnd(ContractEnding.TERMINATED_FOR_CAUSE, ENDED_ON, EXIT, "marc"));
        assertThat(view.amendment()).isNull();
        assertThat(view.version()).isEqualTo(1);
        assertThat(ContractDeadlines.of(view, nearTheEnd)).as("an ended contract has no deadline left").isEmpty();
        assertThat(ENDED.summary()).isEqualTo("The contract ended on 2027-06-30: terminated for cause.");
    }
}
