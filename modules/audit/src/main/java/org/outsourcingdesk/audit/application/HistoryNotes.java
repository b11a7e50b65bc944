package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.audit.api.query.FindHistoryNotesQuery;
import org.outsourcingdesk.audit.api.query.HistoryNoteView;
import org.outsourcingdesk.audit.application.DossierContent.Block;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.audit.application.DossierContent.People;
import org.outsourcingdesk.audit.application.DossierContent.Table;
import org.outsourcingdesk.audit.application.DossierContent.Text;
import org.outsourcingdesk.platform.security.UserDirectory;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * What the engagement page and the history API tell of each event beside its row in the event log:
 * the actor's display name, the proposal an answer answers (who, in which role, when:
 * {@link DecisionParties}), the rationale and comment, and the figures and waivers a decision rested
 * on as the dossier prints them ({@link DossierFigures}, one per stream, in the order stored). Read
 * from the event store with the dossier's own reader, so both tell a decision alike.
 */
@Dependent
public class HistoryNotes {

    private static final ObjectMapper JSON = DeskObjectMapper.create();

    @Inject
    Instance<EventStore> events; // looked up when asked: Axon builds the event store after this handler is registered
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Inject
    UserDirectory directory;

    @QueryHandler
    public List<HistoryNoteView> handle(FindHistoryNotesQuery query) {
        try {
            return notes(EngagementEvents.read(events.get(), dataSource, query.engagementId(), EngagementEvents.Positions.NONE),
                    People.of(directory.everyone().values()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read engagement " + query.engagementId().value() + "'s events", e);
        }
    }

    /** The notes of every event (in the order they were stored), one each. */
    static List<HistoryNoteView> notes(List<Event> history, People people) {
        var parties = DecisionParties.of(history);
        var figures = new HashMap<String, DossierFigures>(); // one per stream, fed in order: an approval's figures may point back at its proposal's
        var notes = new ArrayList<HistoryNoteView>(history.size());
        for (Event event : history) {
            var statements = new ArrayList<String>();
            HistoryNoteView.Proposal proposal = null;
            if (event.decision()) {
                JsonNode payload = JSON.valueToTree(event.payload());
                statements.addAll(DossierContent.reasons(event, payload));
                String comment = DossierContent.comment(event, payload);
                if (comment != null) {
                    statements.add(comment);
                }
                proposal = proposal(parties.get(event.eventId()), people);
            }
            var blocks = figures.computeIfAbsent(event.stream(), stream -> new DossierFigures(List.of())).of(event);
            notes.add(new HistoryNoteView(event.eventId(), people.displayName(event.actor()), proposal, statements,
                    blocks.stream().map(HistoryNotes::block).toList()));
        }
        return notes;
    }

    private static HistoryNoteView.Proposal proposal(DecisionParties.Parties parties, People people) {
        if (parties == null || parties.proposal() == null) {
            return null;
        }
        var proposal = parties.proposal();
        Event proposed = proposal.event();
        return new HistoryNoteView.Proposal(proposal.did(), proposal.username(), people.displayName(proposal.username()),
                proposal.roles().isEmpty() ? people.roles().getOrDefault(proposal.username(), List.of()) : proposal.roles(),
                proposed == null ? null : proposed.occurredAt(), proposed == null ? null : proposed.sequence(),
                proposed == null ? null : proposed.eventId());
    }

    private static HistoryNoteView.Block block(Block block) {
        return switch (block) {
            case Text text -> new HistoryNoteView.Block(text.text(), List.of(), List.of());
            case Table table -> new HistoryNoteView.Block(null, cells(table.header()),
                    table.rows().stream().map(HistoryNotes::cells).toList());
        };
    }

    private static List<String> cells(List<String> cells) {
        return cells.stream().map(cell -> Objects.toString(cell, "")).toList();
    }
}
