package org.outsourcingdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.audit.api.query.HistoryNoteView;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.audit.application.DossierContent.People;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSubmittedForReviewEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.security.UserDirectory;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;

/**
 * What the engagement page and the history API tell of each event: the actor's display name, the
 * proposal an answer answers (who by name, in which role, when, its place in the history), the
 * rationale and comment the summary leaves out, and the figures and waivers as the dossier words them.
 */
class HistoryNotesTest {

    private static final EngagementId ID = new EngagementId("6f1c2a3e-0d4b-4c1e-9a7f-2b3c4d5e6f72");
    private static final String ROUND = ID.value() + "-round-6";
    private static final String CONTRACT = ROUND + "-contract";
    private static final People PEOPLE = People.of(List.of(
            new UserDirectory.Person("paula", "Paula Procurement", List.of("PROCUREMENT")),
            new UserDirectory.Person("marc", "Marc Approver", List.of("APPROVER")),
            new UserDirectory.Person("ops", "ops", List.of())));

    private final List<Event> events = new ArrayList<>();

    @Test
    void anApprovalNamesItsProposalAndItsFiguresReadAsTheDossiersDo() {
        var comparison = new RoundComparison(List.of(new Criterion("PRICE", "Price", 100)), 1,
                List.of(row("v1", "Bayside", 82.5), row("v2", "Harbour", 71.0)));
        var waivers = List.of(new Waiver(DueDiligenceItem.TURNOVER, "Turnover data follows after signature"));
        var rejections = List.of(new Rejection("v2", "Harbour", "Dearer and slower"));
        add(ROUND, "ops", List.of(), new SourcingRoundOpenedEvent(ID, ROUND, 1, List.of(), List.of(), List.of(), List.of(), "ops"));
        var proposed = add(ROUND, "paula", List.of("PROCUREMENT"), new SelectionProposedEvent(ID, ROUND, "v1", "Bayside",
                "Best score at the lowest cost", rejections, waivers, comparison, List.of(), "paula"));
        var selected = add(ROUND, "marc", List.of("APPROVER"), new VendorSelectedEvent(ID, ROUND, "v1", "Bayside",
                "Best score at the lowest cost", rejections, waivers, comparison, List.of(), "paula", "marc", "Go"));
        add(CONTRACT, "paula", List.of("PROCUREMENT"), new ContractSubmittedForReviewEvent(ID, CONTRACT, "paula"));
        var approved = add(CONTRACT, "marc", List.of("APPROVER"), new ContractApprovedEvent(ID, CONTRACT, "marc", "Sign it"));

        Map<String, HistoryNoteView> notes = new java.util.HashMap<>();
        HistoryNotes.notes(events, PEOPLE).forEach(note -> notes.put(note.eventId(), note));

        assertThat(notes).hasSize(events.size());
        assertThat(notes.get(events.get(0).eventId()).actorName()).as("a name that adds nothing").isNull();
        var proposal = notes.get(proposed.eventId());
        assertThat(proposal.actorName()).isEqualTo("Paula Procurement");
        assertThat(proposal.proposal()).isNull();
        assertThat(proposal.statements()).as("the rationale is in the summary").isEmpty();
        assertThat(text(proposal)).contains("Not Harbour: Dearer and slower")
                .contains("Waiver: Staff turnover failed and accepted: Turnover data follows after signature")
                .contains("Bayside (chosen) | 82.5 | 120,000 USD");

        var selection = notes.get(selected.eventId());
        assertThat(selection.actorName()).isEqualTo("Marc Approver");
        assertThat(selection.proposal()).isEqualTo(new HistoryNoteView.Proposal("proposed by", "paula", "Paula Procurement",
                List.of("PROCUREMENT"), proposed.occurredAt(), proposed.sequence(), proposed.eventId()));
        assertThat(selection.statements()).as("what the summary leaves out")
                .containsExactly("Rationale: Best score at the lowest cost", "Comment: \u201cGo\u201d");
        assertThat(text(selection)).contains("Waiver: Staff turnover failed and accepted")
                .contains("On the comparison of the proposal, above.").doesNotContain("Bayside (chosen)");

        var contract = notes.get(approved.eventId()).proposal();
        assertThat(contract.did()).isEqualTo("submitted by");
        assertThat(contract.sequence()).isEqualTo(4L);
        assertThat(notes.get(approved.eventId()).statements()).as("the comment is in the summary").isEmpty();
    }

    private Event add(String stream, String actor, List<String> roles, Object payload) {
        long sequence = events.size() + 1;
        var event = new Event(sequence, -1, "event-" + sequence, stream, stream.equals(ROUND) ? Stage.SOURCING : Stage.CONTRACTING,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60 * (sequence - 1)), actor, roles, payload);
        events.add(event);
        return event;
    }

    private static RoundComparison.Row row(String id, String name, double score) {
        return new RoundComparison.Row(id, name, Map.of("PRICE", id.equals("v1") ? 4.5 : 3.5), score, List.of("paula"),
                "USD", new BigDecimal(id.equals("v1") ? "120000" : "150000"), new BigDecimal("30000"), 20.0, 1, false, 8, 1, 0, 0,
                List.of(), 2, 100.0, 30.0, 4.0, 5.0, 2, 0, 1);
    }

    private static String text(HistoryNoteView note) {
        var text = new StringBuilder();
        for (HistoryNoteView.Block block : note.figures()) {
            if (block.table()) {
                text.append(String.join(" | ", block.header())).append('\n');
                block.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
            } else {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString();
    }
}
