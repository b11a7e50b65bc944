package org.outsourcingdesk.sourcing.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.FormActions;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;
import org.outsourcingdesk.sourcing.application.SourcingWork;
import org.outsourcingdesk.sourcing.application.VendorRegistry;

/**
 * Backs an engagement's sourcing page: the round's scope, its criteria and weights, the mandatory
 * due-diligence items, the shortlist with the request for proposal sent to each vendor, and the
 * vendors compared side by side (table and chart). Everyone reads it; procurement staff work it while the
 * round is open. A refused form keeps what was typed and names the field and the rule.
 */
@Named("sourcingPage")
@RequestScoped
public class SourcingPageBean {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SourcingWork work;
    @Inject
    VendorRegistry registry;
    @Inject
    FacesContext faces;

    private String engagementId;
    private SourcingRoundView round;
    private int basedOnRevision;
    private final List<CriterionRow> criteria = new ArrayList<>();
    private String reason;
    private String vendorToAdd;
    private final List<ShortlistRow> shortlist = new ArrayList<>();
    /** An array, not a list: the page converts each checked box to the element type, which a list would erase. */
    private DueDiligenceItem[] mandatory = new DueDiligenceItem[0];
    private RoundComparison comparison;
    private String selectedVendor;
    private String selectionRationale;
    private final List<RejectionRow> rejectionRows = new ArrayList<>();
    private final List<WaiverRow> waiverRows = new ArrayList<>();
    private String decisionComment;
    private String endReason;

    @PostConstruct
    void load() {
        engagementId = faces.getExternalContext().getRequestParameterMap().get("id");
        round = EngagementId.parse(engagementId == null ? "" : engagementId).flatMap(work::round).orElse(null);
        if (round == null) {
            return;
        }
        basedOnRevision = round.criteriaRevision();
        round.criteria().forEach(c -> criteria.add(new CriterionRow(c.code(), c.name(), c.weightPercent())));
        criteria.add(new CriterionRow(null, null, 0));
        round.activeShortlist().forEach(e -> shortlist.add(new ShortlistRow(e)));
        mandatory = round.mandatoryDueDiligence().toArray(DueDiligenceItem[]::new);
        round.activeShortlist().forEach(e -> rejectionRows.add(new RejectionRow(e)));
        round.mandatoryDueDiligence().forEach(item -> waiverRows.add(new WaiverRow(item)));
        comparison = RoundComparison.of(round);
    }

    public String saveMandatory() {
        return run("Mandatory due-diligence items saved.", () -> work.setMandatoryDueDiligence(id(), List.of(mandatory), origin()));
    }

    /**
     * The comparison as a Chart.js bar chart: each vendor's weighted score (0 to 100) beside its saving
     * against in-house in percent, both on one percent scale, so vendors quoting in different currencies compare.
     */
    public String getChart() {
        if (comparison == null || comparison.rows().stream().allMatch(r -> r.weightedTotal() == null && r.savingPercent() == null)) {
            return null; // nothing scored or priced yet: an empty chart would say nothing
        }
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ArrayNode scores = datasets.addObject().put("label", "Weighted score (0–100)")
                .put("backgroundColor", "rgba(37, 99, 235, 0.65)").putArray("data");
        ArrayNode savings = datasets.addObject().put("label", "Saving against in-house (%)")
                .put("backgroundColor", "rgba(22, 163, 74, 0.65)").putArray("data");
        for (RoundComparison.Row row : comparison.rows()) {
            labels.add(row.vendorName());
            if (row.weightedTotal() == null) {
                scores.addNull();
            } else {
                scores.add(row.weightedTotal());
            }
            if (row.savingPercent() == null) {
                savings.addNull();
            } else {
                savings.add(row.savingPercent());
            }
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false)
                .put("animation", false);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        options.putObject("scales").putObject("y").putObject("title").put("display", true).put("text", "%");
        // written into a script element: vendor names typed by users must not be able to close it
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public RoundComparison getComparison() {
        return comparison;
    }

    public DueDiligenceItem[] getMandatory() {
        return mandatory;
    }

    public void setMandatory(DueDiligenceItem[] items) {
        mandatory = items == null ? new DueDiligenceItem[0] : items;
    }

    public DueDiligenceItem[] getItems() {
        return DueDiligenceItem.values();
    }

    public String evaluatorsText(RoundComparison.Row row) {
        return row.evaluators().isEmpty() ? "not scored" : "scored by " + String.join(", ", row.evaluators());
    }

    /** The mandatory items a vendor failed, in words. */
    public String failedText(RoundComparison.Row row) {
        return row.mandatoryFailed().stream().map(DueDiligenceItem::label).collect(java.util.stream.Collectors.joining(", "));
    }

    public String saveCriteria() {
        var typed = criteria.stream().filter(r -> !r.isBlank()).map(r -> new Criterion(r.code, r.name, r.weight)).toList();
        return run("Criteria saved as revision " + (basedOnRevision + 1) + ".",
                () -> work.setCriteria(id(), basedOnRevision, typed, reason, origin()));
    }

    public String addVendor() {
        return run("Added to the shortlist.", () -> work.shortlist(id(), vendorToAdd, origin()));
    }

    public String saveRfp(ShortlistRow row) {
        return run("Request for proposal to " + row.entry.vendorName() + " recorded.",
                () -> work.recordRequestForProposal(id(), row.entry.vendorId(), row.sentOn, row.dueOn, origin()));
    }

    public String drop(ShortlistRow row) {
        return run(row.entry.vendorName() + " left the shortlist.", () -> work.drop(id(), row.entry.vendorId(), row.dropReason, origin()));
    }

    private String run(String done, Supplier<Boolean> action) {
        return FormActions.run(faces, done, "/sourcing/round.xhtml?faces-redirect=true&id=" + engagementId,
                "Only procurement staff work a sourcing round.", action);
    }

    private EngagementId id() {
        return new EngagementId(round.engagementId());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    public boolean isWorker() {
        return round != null && round.open() && !round.selectionPending() && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** Where the round stands, in words. */
    public String getStatusText() {
        return switch (round.status()) {
            case SourcingRoundView.OPEN -> round.selectionPending() ? "Open · selection awaiting an approver" : "Open";
            case SourcingRoundView.SELECTED -> "Closed · " + round.selection().vendorName() + " selected";
            case SourcingRoundView.ENDED -> "Ended with no suitable vendor: " + round.closeReason();
            default -> "Cancelled: " + round.closeReason();
        };
    }

    /** An approver who did not propose the pending selection: may approve or reject it. */
    public boolean isDecider() {
        return round != null && round.open() && round.selectionPending() && faces.getExternalContext().isUserInRole("APPROVER")
                && !round.selection().proposedBy().equals(faces.getExternalContext().getRemoteUser());
    }

    /** An approver may end an open round with no suitable vendor. */
    public boolean isEnder() {
        return round != null && round.open() && faces.getExternalContext().isUserInRole("APPROVER");
    }

    public String proposeSelection() {
        var rejections = rejectionRows.stream().filter(r -> !r.entry.vendorId().equals(selectedVendor))
                .map(r -> new Rejection(r.entry.vendorId(), r.entry.vendorName(), r.reason)).toList();
        var waivers = waiverRows.stream().filter(w -> w.reason != null && !w.reason.isBlank())
                .map(w -> new Waiver(w.item, w.reason)).toList();
        return run("Selection proposed; an approver other than you decides it.",
                () -> work.proposeSelection(id(), selectedVendor, selectionRationale, rejections, waivers, origin()));
    }

    public String approveSelection() {
        return run("Selection approved: the engagement moves to contracting.",
                () -> work.approveSelection(id(), decisionComment, origin()));
    }

    public String rejectSelection() {
        return run("Selection rejected; the round goes on.", () -> work.rejectSelection(id(), decisionComment, origin()));
    }

    public String endRound() {
        return run("Round ended: the assessment is reopened.", () -> work.end(id(), endReason, origin()));
    }

    /** Active vendors not on the shortlist yet, those delivering from the round's target regions first. */
    public List<VendorView> getCandidates() {
        if (round == null) {
            return List.of();
        }
        var listed = new HashSet<String>();
        round.activeShortlist().forEach(e -> listed.add(e.vendorId()));
        var regions = new HashSet<>(round.regions());
        return registry.search(VendorFilter.all()).stream().filter(v -> !listed.contains(v.vendorId()))
                .sorted(java.util.Comparator.comparing((VendorView v) -> v.profile().deliveryLocations().stream()
                        .noneMatch(l -> regions.contains(l.region()))).thenComparing(v -> v.profile().name()))
                .toList();
    }

    public String candidateLabel(VendorView v) {
        var regions = new HashSet<>(round.regions());
        boolean inTarget = v.profile().deliveryLocations().stream().anyMatch(l -> regions.contains(l.region()));
        return v.profile().name() + " · " + v.profile().kind().label() + (inTarget ? " · in a target region" : "");
    }

    public int getWeightTotal() {
        return criteria.stream().mapToInt(r -> r.weight).sum();
    }

    public Optional<SourcingRoundView> round() {
        return Optional.ofNullable(round);
    }

    public SourcingRoundView getRound() { return round; }

    /** The round's scope in words: its channels, regions and pricing models. */
    public String getChannelsText() {
        return round.channels().stream().map(c -> c.label()).collect(java.util.stream.Collectors.joining(", "));
    }

    public String getRegionsText() {
        var names = new java.util.HashMap<String, String>();
        registry.regions().forEach(r -> names.put(r.code(), r.name()));
        return round.regions().stream().map(code -> names.getOrDefault(code, code)).collect(java.util.stream.Collectors.joining(", "));
    }

    public String getPricingModelsText() {
        return round.pricingModels().stream().map(m -> m.label()).collect(java.util.stream.Collectors.joining(", "));
    }
    public String getEngagementId() { return engagementId; }
    public int getBasedOnRevision() { return basedOnRevision; }
    public void setBasedOnRevision(int v) { basedOnRevision = v; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getVendorToAdd() { return vendorToAdd; }
    public void setVendorToAdd(String v) { vendorToAdd = v; }
    public List<ShortlistRow> getShortlist() { return shortlist; }
    public List<ShortlistEntry> getDropped() {
        return round == null ? List.of() : round.shortlist().stream().filter(ShortlistEntry::dropped).toList();
    }

    /** A criterion as typed. */
    public static final class CriterionRow {
        private final String code;
        private String name;
        private int weight;

        CriterionRow(String code, String name, int weight) {
            this.code = code;
            this.name = name;
            this.weight = weight;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && weight == 0;
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public int getWeight() { return weight; }
        public void setWeight(int v) { weight = v; }
    }

    /** A shortlisted vendor with its request for proposal as typed. */
    public static final class ShortlistRow {
        private final ShortlistEntry entry;
        private LocalDate sentOn;
        private LocalDate dueOn;
        private String dropReason;

        ShortlistRow(ShortlistEntry entry) {
            this.entry = entry;
            this.sentOn = entry.rfpSentOn();
            this.dueOn = entry.rfpDueOn();
        }

        public ShortlistEntry getEntry() { return entry; }
        public LocalDate getSentOn() { return sentOn; }
        public void setSentOn(LocalDate v) { sentOn = v; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate v) { dueOn = v; }
        public String getDropReason() { return dropReason; }
        public void setDropReason(String v) { dropReason = v; }
    }

    /** A shortlisted vendor with the reason it was not chosen, as typed (ignored for the vendor proposed). */
    public static final class RejectionRow {
        private final ShortlistEntry entry;
        private String reason;

        RejectionRow(ShortlistEntry entry) {
            this.entry = entry;
        }

        public ShortlistEntry getEntry() { return entry; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** A mandatory item with the reason to waive it, as typed (needed only if the vendor proposed failed it). */
    public static final class WaiverRow {
        private final DueDiligenceItem item;
        private String reason;

        WaiverRow(DueDiligenceItem item) {
            this.item = item;
        }

        public DueDiligenceItem getItem() { return item; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    public String getSelectedVendor() { return selectedVendor; }
    public void setSelectedVendor(String v) { selectedVendor = v; }
    public String getSelectionRationale() { return selectionRationale; }
    public void setSelectionRationale(String v) { selectionRationale = v; }
    public List<RejectionRow> getRejectionRows() { return rejectionRows; }
    public List<WaiverRow> getWaiverRows() { return waiverRows; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String v) { decisionComment = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
}
