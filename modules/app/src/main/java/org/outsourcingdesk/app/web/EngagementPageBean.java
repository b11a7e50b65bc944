package org.outsourcingdesk.app.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;

/** One engagement with its history ({@code engagement.xhtml?id=...}). */
@Named("engagementPage")
@RequestScoped
public class EngagementPageBean {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    EngagementDirectory directory;
    @Inject
    FacesContext faces;

    private EngagementView engagement;
    private List<HistoryEntryView> history = List.of();
    private boolean everyEvent;

    @PostConstruct
    void load() {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        everyEvent = "all".equals(faces.getExternalContext().getRequestParameterMap().get("show"));
        EngagementId.parse(id).ifPresent(engagementId -> directory.find(engagementId).ifPresent(found -> {
            engagement = found;
            history = directory.history(engagementId, !everyEvent);
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
        return roles.stream().map(r -> {
            try {
                return Role.valueOf(r).label();
            } catch (IllegalArgumentException e) {
                return r;
            }
        }).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
