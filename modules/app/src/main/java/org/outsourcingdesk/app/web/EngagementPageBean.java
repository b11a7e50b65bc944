package org.outsourcingdesk.app.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.audit.api.query.HistoryNoteView;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.security.UserDirectory;

/**
 * One engagement with its history ({@code engagement.xhtml?id=...}): each event with who acted (display
 * name and user name) in which role, and, from the history's notes, the proposal an approval or
 * rejection answers and the figures and waivers a decision rested on.
 */
@Named("engagementPage")
@RequestScoped
public class EngagementPageBean {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Logger LOG = Logger.getLogger(EngagementPageBean.class.getName());

    @Inject
    EngagementDirectory directory;
    @Inject
    FacesContext faces;
    @Inject
    UserDirectory people;
    @Inject
    FormatsBean formats;

    private EngagementView engagement;
    private List<HistoryEntryView> history = List.of();
    private Map<String, HistoryNoteView> notes = Map.of();
    private boolean everyEvent;

    @PostConstruct
    void load() {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        everyEvent = "all".equals(faces.getExternalContext().getRequestParameterMap().get("show"));
        EngagementId.parse(id).ifPresent(engagementId -> directory.find(engagementId).ifPresent(found -> {
            engagement = found;
            history = directory.history(engagementId, !everyEvent);
            try {
                notes = directory.historyNotes(engagementId);
            } catch (RuntimeException e) { // the history stands without them: names, proposals and figures are also in its data
                LOG.log(Level.WARNING, "could not read the notes of engagement " + engagementId.value() + "'s history", e);
            }
        }));
        if (engagement == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public EngagementView getEngagement() {
        return engagement;
    }

    /** Whether the history shows every event, not only the decisions. */
    public boolean isEveryEvent() {
        return everyEvent;
    }

    public List<HistoryEntryView> getHistory() {
        return history;
    }

    /** "Paula Procurement (paula)", or the user name alone when there is no account. */
    public String person(String username) {
        return people.describe(username);
    }

    /**
     * For an approval, rejection or review: "Proposed by Paula Procurement (paula), Procurement, on
     * 2026-05-01 10:00:00 UTC (#5)", the proposal it answers; else null.
     */
    public String proposal(HistoryEntryView entry) {
        var note = notes.get(entry.eventId());
        if (note == null || note.proposal() == null) {
            return null;
        }
        var proposal = note.proposal();
        String did = proposal.did().isEmpty() ? proposal.did() : Character.toUpperCase(proposal.did().charAt(0)) + proposal.did().substring(1);
        String who = proposal.name() == null ? proposal.username() : proposal.name() + " (" + proposal.username() + ")";
        String roles = String.join(" and ", proposal.roles().stream().map(EngagementPageBean::roleLabel).toList());
        return did + " " + who + (roles.isEmpty() ? "" : ", " + roles)
                + (proposal.at() == null ? "" : ", on " + formats.seconds(proposal.at()) + " UTC")
                + (proposal.sequence() == null ? "" : " (#" + proposal.sequence() + ")");
    }

    /** The rationale, reason, evidence and comment where the summary does not tell them, a line each. */
    public List<String> statements(HistoryEntryView entry) {
        var note = notes.get(entry.eventId());
        return note == null ? List.of() : note.statements();
    }

    /** The figures and waivers the event rested on, as it carries them: lines and tables. */
    public List<HistoryNoteView.Block> figures(HistoryEntryView entry) {
        var note = notes.get(entry.eventId());
        return note == null ? List.of() : note.figures();
    }

    /** The stored JSON, indented for reading. */
    public String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    /** Role names as people read them ("Procurement"), for the history table. */
    public String roleLabels(List<String> roles) {
        return roles.stream().map(EngagementPageBean::roleLabel).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }
}
