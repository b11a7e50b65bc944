package org.outsourcingdesk.app.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.kernel.Stage;

/** The dashboard: every engagement, or those of one stage ({@code ?stage=SOURCING}). */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

    @Inject
    EngagementDirectory directory;

    private List<EngagementView> engagements;
    private List<EngagementView> filtered;
    private Stage stage;

    @PostConstruct
    void load() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("stage");
        stage = Optional.ofNullable(requested)
                .flatMap(s -> Arrays.stream(Stage.values()).filter(v -> v.name().equalsIgnoreCase(s)).findFirst())
                .orElse(null);
        engagements = directory.all().stream().filter(e -> stage == null || e.stage() == stage).toList();
    }

    public List<EngagementView> getEngagements() {
        return engagements;
    }

    public List<EngagementView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<EngagementView> filtered) {
        this.filtered = filtered;
    }

    public String getTitle() {
        return stage == null ? "All engagements" : "Engagements in " + stage.label().toLowerCase();
    }
}
