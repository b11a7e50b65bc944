package org.outsourcingdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.audit.application.DecisionParties.Parties;
import org.outsourcingdesk.audit.application.DecisionParties.Party;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.contracting.api.event.AmendmentLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSubmittedForReviewEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/**
 * Which proposal each answer answers, and who took part in a decision in which role: the proposer in
 * the role they proposed in, the actor in the role they acted in, anybody else in the role they last
 * acted in.
 */
class DecisionPartiesTest {

    private static final EngagementId ID = new EngagementId("6f1c2a3e-0d4b-4c1e-9a7f-2b3c4d5e6f71");
    private static final String CONTRACT = ID.value() + "-round-6-contract";
    private static final String EXIT = CONTRACT + "-exit";
    private static final Map<String, List<String>> ROLES = Map.of("paula", List.of("PROCUREMENT"), "marc", List.of("APPROVER"),
            "carla", List.of("PROCUREMENT", "APPROVER"), "lena", List.of("LEGAL"));

    private final List<Event> events = new ArrayList<>();

    @Test
    void anApprovalOrRejectionAnswersTheProposalOpenBeforeIt() {
        add(ID.value(), "paula", new EngagementOpenedEvent(ID, "ENG-2026-0008", "Order hotline", "Retail", "USD", "paula"));
        var first = add(ID.value(), "paula", proposed("paula"));
        var rejected = add(ID.value(), "marc", new AssessmentDecisionRejectedEvent(ID, DecisionOutcome.OUTSOURCE, "paula", "marc",
                "Not yet"));
        var second = add(ID.value(), "carla", proposed("carla"));
        var approved = add(ID.value(), "marc", approved("carla"));
        var again = add(ID.value(), "marc", approved("paula")); // answers nothing open: its proposer alone, in the role last seen

        var parties = DecisionParties.of(events);

        assertThat(parties.get(first.eventId()).proposal()).as("a proposal answers nothing").isNull();
        assertThat(parties.get(first.eventId()).named()).containsExactly(new Party("proposed by", "paula", List.of("PROCUREMENT")));
        var answered = parties.get(rejected.eventId()).proposal();
        assertThat(answered.event()).isEqualTo(first);
        assertThat(answered.did()).isEqualTo("proposed by");
        assertThat(answered.username()).isEqualTo("paula");
        assertThat(answered.roles()).containsExactly("PROCUREMENT");
        assertThat(parties.get(approved.eventId()).proposal().event()).as("the proposal after the rejection").isEqualTo(second);
        assertThat(parties.get(approved.eventId()).named()).containsExactly(
                new Party("proposed by", "carla", List.of("PROCUREMENT", "APPROVER")), new Party("approved by", "marc", List.of("APPROVER")));
        assertThat(parties.get(again.eventId()).proposal().event()).as("the approval closed it").isNull();
        assertThat(parties.get(again.eventId()).proposal().roles()).containsExactly("PROCUREMENT");
    }

    @Test
    void aContractsReviewAndApprovalAnswerItsSubmissionAndTheSignatureNothing() {
        var submitted = add(CONTRACT, "paula", new ContractSubmittedForReviewEvent(ID, CONTRACT, "paula"));
        var reviewed = add(CONTRACT, "lena", new ContractLegallyApprovedEvent(ID, CONTRACT, "lena", "Sound"));
        var approved = add(CONTRACT, "marc", new ContractApprovedEvent(ID, CONTRACT, "marc", "Sign it"));
        var signed = add(CONTRACT, "marc", new ContractSignedEvent(ID, CONTRACT, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-04-01"), "marc"));

        var parties = DecisionParties.of(events);

        assertThat(parties.get(reviewed.eventId()).proposal().event()).isEqualTo(submitted);
        assertThat(parties.get(reviewed.eventId()).proposal().did()).isEqualTo("submitted by");
        assertThat(parties.get(approved.eventId()).proposal().event()).as("a legal review leaves it open").isEqualTo(submitted);
        assertThat(parties.get(approved.eventId()).named()).as("its submitter too, whom its payload does not name")
                .containsExactly(new Party("submitted by", "paula", List.of("PROCUREMENT")), new Party("approved by", "marc", List.of("APPROVER")));
        assertThat(parties.get(signed.eventId()).proposal()).as("approved: nothing open any more").isNull();
    }

    @Test
    void anAnswerAnswersOnlyAProposalOfItsOwnStreamAndVersion() {
        var cost = new OptionCost(ExitOption.TERMINATE_FOR_CAUSE, List.of(), new BigDecimal("27500"), null, null, null);
        var amendment = add(CONTRACT, "paula", new AmendmentProposedEvent(ID, CONTRACT, 2, LocalDate.parse("2026-06-01"),
                "Lower rates", null, null, List.of(), "paula"));
        var option = add(EXIT, "carla", new ExitOptionProposedEvent(ID, EXIT, "r1", ExitOption.TERMINATE_FOR_CAUSE, "Missed SLAs",
                null, null, "carla"));
        var otherVersion = add(CONTRACT, "lena", new AmendmentLegallyApprovedEvent(ID, CONTRACT, 3, "lena", null));
        var sameVersion = add(CONTRACT, "lena", new AmendmentLegallyApprovedEvent(ID, CONTRACT, 2, "lena", null));
        var decided = add(EXIT, "marc", new ExitOptionApprovedEvent(ID, EXIT, "r1", ExitOption.TERMINATE_FOR_CAUSE, "Missed SLAs",
                cost, List.of(), "carla", "marc", "Agreed"));

        Map<String, Parties> parties = DecisionParties.of(events);

        assertThat(parties.get(otherVersion.eventId()).proposal()).as("amendment 3 was never proposed").isNull();
        assertThat(parties.get(sameVersion.eventId()).proposal().event()).isEqualTo(amendment);
        assertThat(parties.get(decided.eventId()).proposal().event()).as("not the amendment").isEqualTo(option);
        assertThat(parties.get(decided.eventId()).named()).extracting(Party::username).containsExactly("carla", "marc");
    }

    private static AssessmentDecisionProposedEvent proposed(String by) {
        return new AssessmentDecisionProposedEvent(ID, DecisionOutcome.OUTSOURCE, List.of(), List.of(), List.of(), "Cheaper", by, null);
    }

    private static AssessmentDecisionApprovedEvent approved(String proposer) {
        return new AssessmentDecisionApprovedEvent(ID, DecisionOutcome.OUTSOURCE, List.of(), List.of(), List.of(), "Cheaper", proposer,
                "marc", "Go", null, Stage.SOURCING);
    }

    private Event add(String stream, String actor, Object payload) {
        long sequence = events.size() + 1;
        var event = new Event(sequence, 100 + sequence, "event-" + sequence, stream, Stage.ASSESSMENT,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60 * (sequence - 1)), actor, ROLES.get(actor), payload);
        events.add(event);
        return event;
    }
}
