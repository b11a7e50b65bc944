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
import org.outsourcingdesk.contracting.api.query.ContractDeadline;
import org.outsourcingdesk.kernel.Stage;

/** The dashboard: every engagement, or those of one stage ({@code ?stage=SOURCING}), and their contracts' deadlines, open review triggers and exit readiness. */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

    @Inject
    EngagementDirectory directory;

    private List<EngagementView> engagements;
    private List<DeadlineRow> deadlines;
    private List<TriggerRow> triggers;
    private List<ExitRow> exits;
    private List<EngagementView> filtered;
    private Stage stage;

    @PostConstruct
    void load() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("stage");
        stage = Optional.ofNullable(requested)
                .flatMap(s -> Arrays.stream(Stage.values()).filter(v -> v.name().equalsIgnoreCase(s)).findFirst())
                .orElse(null);
        var all = directory.all();
        engagements = all.stream().filter(e -> stage == null || e.stage() == stage).toList();
        var byId = all.stream().collect(java.util.stream.Collectors.toMap(EngagementView::id, e -> e, (a, b) -> a));
        deadlines = directory.contractDeadlines().stream().filter(d -> byId.containsKey(d.engagementId()))
                .filter(d -> stage == null || byId.get(d.engagementId()).stage() == stage)
                .map(d -> new DeadlineRow(byId.get(d.engagementId()), d)).toList();
        triggers = directory.openTriggers().stream().filter(m -> byId.containsKey(m.engagementId()))
                .filter(m -> stage == null || byId.get(m.engagementId()).stage() == stage)
                .flatMap(m -> m.openTriggers().stream().map(t -> new TriggerRow(byId.get(m.engagementId()), m.vendorName(), t))).toList();
        exits = directory.exits().stream().filter(x -> byId.containsKey(x.engagementId()))
                .filter(x -> stage == null || byId.get(x.engagementId()).stage() == stage)
                .map(x -> new ExitRow(byId.get(x.engagementId()), x)).toList();
    }

    /** An exit case with the engagement it belongs to: its readiness, and the review open, if any. */
    public record ExitRow(EngagementView engagement, org.outsourcingdesk.exit.api.query.ExitView exit) {

        public String review() {
            return exit.openReview().map(r -> r.origin().label() + ": " + r.reason()).orElse("");
        }
    }

    public List<ExitRow> getExits() {
        return exits;
    }

    /** An open review trigger with the engagement it belongs to. */
    public record TriggerRow(EngagementView engagement, String vendorName,
                             org.outsourcingdesk.monitoring.api.query.MonitoringView.TriggerView trigger) {
    }

    public List<TriggerRow> getTriggers() {
        return triggers;
    }

    /** A contract deadline with the engagement it belongs to. */
    public record DeadlineRow(EngagementView engagement, ContractDeadline deadline) {

        /** The warning the row carries: missed, or the window it falls in. */
        public String window() {
            return deadline.missed() ? "Missed" : "Within " + deadline.within() + " days";
        }

        public String what() {
            return switch (deadline.kind()) {
                case ContractDeadline.STARTS -> "Starts";
                case ContractDeadline.NON_RENEWAL_NOTICE -> "Notice not to renew";
                case ContractDeadline.RENEWS -> "Renews";
                default -> "Ends";
            };
        }
    }

    public List<DeadlineRow> getDeadlines() {
        return deadlines;
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
