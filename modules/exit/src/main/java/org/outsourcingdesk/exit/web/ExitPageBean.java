package org.outsourcingdesk.exit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.application.ExitWork;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.FormActions;
import org.outsourcingdesk.platform.web.RuleMessages;

/** The exit page: the plan and readiness, the review with its cost comparison, and the way out once an ending is approved. */
@Named("exitPage")
@RequestScoped
public class ExitPageBean {

    private static final String NOT_PERMITTED = "Procurement prepares and carries out the exit; an approver decides a review.";

    @Inject
    ExitWork work;
    @Inject
    FacesContext faces;

    private String engagementId;
    private ExitView exit;
    private CostComparison comparison;
    private String comparisonProblem;

    private final List<ItemRow> items = new ArrayList<>();
    private String reviewReason;
    private Integer horizonMonths = 12;
    private Integer parallelRunMonths = 1;
    private ReturnPath returnPath = ReturnPath.IN_HOUSE;
    private BigDecimal sourcingRoundCost;
    private BigDecimal renegotiationSavingPercent;
    private ExitOption option;
    private String rationale;
    private String evidence;
    private String decisionComment;
    private LocalDate servedOn;
    private LocalDate endsOn;
    private String taskDescription;
    private String taskOwner;
    private LocalDate taskDueOn;
    private String waiverReason;
    private String lastInvoiceNumber;
    private BigDecimal outstandingCredits;
    private BigDecimal finalAmount;
    private LocalDate settledOn;
    private ReturnPath completionPath = ReturnPath.IN_HOUSE;
    private LocalDate serviceEndedOn;

    @PostConstruct
    void load() {
        var params = faces.getExternalContext().getRequestParameterMap();
        engagementId = params.get("id");
        exit = EngagementId.parse(engagementId == null ? "" : engagementId).flatMap(work::exit).orElse(null);
        if (exit == null) {
            return;
        }
        exit.checklist().forEach(e -> items.add(new ItemRow(e.item().name(), e.item().label(), e.owner(), e.dueOn(), e.status(), e.note())));
        servedOn = work.today();
        evidence = exit.openReview().filter(r -> !r.triggerIds().isEmpty()).map(r -> r.triggerIds().get(0)).orElse(null);
        settledOn = work.today();
        serviceEndedOn = work.today();
    }

    /** The comparison as the inputs on the form have it (recomputed on each request: the figures move with monitoring). */
    public CostComparison getComparison() {
        if (comparison == null && comparisonProblem == null && exit != null) {
            try {
                comparison = work.compare(id(), inputs());
            } catch (BusinessRuleViolation problem) {
                comparisonProblem = RuleMessages.describe(problem);
            }
        }
        return comparison;
    }

    private ReviewInputs inputs() {
        return new ReviewInputs(horizonMonths, parallelRunMonths, returnPath, sourcingRoundCost, renegotiationSavingPercent);
    }

    public String compare() {
        comparison = null;
        comparisonProblem = null;
        getComparison();
        return null;
    }

    public String saveItem() {
        String name = faces.getExternalContext().getRequestParameterMap().get("item");
        var row = items.stream().filter(r -> r.item.equals(name)).findFirst().orElseThrow();
        return run(row.label + " saved.", () -> work.updateItem(id(), org.outsourcingdesk.exit.api.model.ReadinessItem.valueOf(name), row.owner,
                row.dueOn, row.status, row.note, origin()));
    }

    public String openReview() {
        return run("Review opened.", () -> work.openReview(id(), reviewReason, origin()));
    }

    public String propose() {
        return run("Proposed: an approver other than you decides.", () -> work.propose(id(), option, rationale, evidence, inputs(), origin()));
    }

    public String approve() {
        return run("Approved.", () -> work.decide(id(), true, decisionComment, origin()));
    }

    public String reject() {
        return run("Rejected: the review stays open.", () -> work.decide(id(), false, decisionComment, origin()));
    }

    public String serveNotice() {
        return run("Notice served.", () -> work.serveNotice(id(), servedOn, endsOn, origin()));
    }

    public String addTask() {
        return run("Transition task planned.", () -> work.addTask(id(), new TransitionTask(taskDescription, taskOwner, taskDueOn), origin()));
    }

    public String completeTask() {
        String taskId = faces.getExternalContext().getRequestParameterMap().get("taskId");
        return run("Task done.", () -> work.completeTask(id(), taskId, work.today(), origin()));
    }

    public String waiveTask() {
        String taskId = faces.getExternalContext().getRequestParameterMap().get("taskId");
        return run("Task waived.", () -> work.waiveTask(id(), taskId, waiverReason, origin()));
    }

    public String settle() {
        return run("Settlement recorded.", () -> work.settle(id(), new Settlement(lastInvoiceNumber, outstandingCredits, finalAmount, settledOn),
                origin()));
    }

    public String complete() {
        return run("Exit complete.", () -> work.complete(id(), completionPath, serviceEndedOn, origin()));
    }

    private String run(String done, Supplier<Boolean> action) {
        return FormActions.run(faces, done, "/exit/exit.xhtml?faces-redirect=true&id=" + engagementId, NOT_PERMITTED, action);
    }

    private EngagementId id() {
        return new EngagementId(exit.engagementId());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    public boolean isProcurement() {
        return exit != null && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** Procurement may change the case: the checklist, reviews, notice, tasks, settlement; never once the exit is complete. */
    public boolean isChangeable() {
        return isProcurement() && exit.completion() == null;
    }

    public boolean isApprover() {
        return exit != null && faces.getExternalContext().isUserInRole("APPROVER");
    }

    public ExitView.ReviewView getOpenReview() {
        return exit == null ? null : exit.openReview().orElse(null);
    }

    public ExitView.ReviewView getEnding() {
        return exit == null ? null : exit.ending().orElse(null);
    }

    /** The proposed option's total as compared then (EL unwraps an Optional by itself, so the page asks here). */
    public BigDecimal getProposedTotal() {
        var review = getOpenReview();
        return review == null || review.proposal() == null ? null : review.proposal().cost().map(c -> c.total()).orElse(null);
    }

    public List<ExitView.ReviewView> getDecidedReviews() {
        return exit == null ? List.of() : exit.reviews().stream().filter(r -> r.status() == ExitView.ReviewStatus.DECIDED).toList();
    }

    public boolean overdue(ExitView.TaskView task) {
        return task.overdue(work.today());
    }

    public List<ExitOption> getOptions() {
        return Arrays.asList(ExitOption.values());
    }

    public List<ReturnPath> getPaths() {
        return Arrays.asList(ReturnPath.values());
    }

    public List<ItemStatus> getStatuses() {
        return Arrays.asList(ItemStatus.values());
    }

    /** One checklist row on the form. */
    public static final class ItemRow {
        private final String item;
        private final String label;
        private String owner;
        private LocalDate dueOn;
        private ItemStatus status;
        private String note;

        ItemRow(String item, String label, String owner, LocalDate dueOn, ItemStatus status, String note) {
            this.item = item;
            this.label = label;
            this.owner = owner;
            this.dueOn = dueOn;
            this.status = status;
            this.note = note;
        }

        public String getItem() { return item; }
        public String getLabel() { return label; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate v) { dueOn = v; }
        public ItemStatus getStatus() { return status; }
        public void setStatus(ItemStatus v) { status = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public String getEngagementId() { return engagementId; }
    public ExitView getExit() { return exit; }
    public String getComparisonProblem() { return comparisonProblem; }
    public List<ItemRow> getItems() { return items; }
    public String getReviewReason() { return reviewReason; }
    public void setReviewReason(String v) { reviewReason = v; }
    public Integer getHorizonMonths() { return horizonMonths; }
    public void setHorizonMonths(Integer v) { horizonMonths = v; }
    public Integer getParallelRunMonths() { return parallelRunMonths; }
    public void setParallelRunMonths(Integer v) { parallelRunMonths = v; }
    public ReturnPath getReturnPath() { return returnPath; }
    public void setReturnPath(ReturnPath v) { returnPath = v; }
    public BigDecimal getSourcingRoundCost() { return sourcingRoundCost; }
    public void setSourcingRoundCost(BigDecimal v) { sourcingRoundCost = v; }
    public BigDecimal getRenegotiationSavingPercent() { return renegotiationSavingPercent; }
    public void setRenegotiationSavingPercent(BigDecimal v) { renegotiationSavingPercent = v; }
    public ExitOption getOption() { return option; }
    public void setOption(ExitOption v) { option = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String v) { decisionComment = v; }
    public LocalDate getServedOn() { return servedOn; }
    public void setServedOn(LocalDate v) { servedOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public String getTaskDescription() { return taskDescription; }
    public void setTaskDescription(String v) { taskDescription = v; }
    public String getTaskOwner() { return taskOwner; }
    public void setTaskOwner(String v) { taskOwner = v; }
    public LocalDate getTaskDueOn() { return taskDueOn; }
    public void setTaskDueOn(LocalDate v) { taskDueOn = v; }
    public String getWaiverReason() { return waiverReason; }
    public void setWaiverReason(String v) { waiverReason = v; }
    public String getLastInvoiceNumber() { return lastInvoiceNumber; }
    public void setLastInvoiceNumber(String v) { lastInvoiceNumber = v; }
    public BigDecimal getOutstandingCredits() { return outstandingCredits; }
    public void setOutstandingCredits(BigDecimal v) { outstandingCredits = v; }
    public BigDecimal getFinalAmount() { return finalAmount; }
    public void setFinalAmount(BigDecimal v) { finalAmount = v; }
    public LocalDate getSettledOn() { return settledOn; }
    public void setSettledOn(LocalDate v) { settledOn = v; }
    public ReturnPath getCompletionPath() { return completionPath; }
    public void setCompletionPath(ReturnPath v) { completionPath = v; }
    public LocalDate getServiceEndedOn() { return serviceEndedOn; }
    public void setServiceEndedOn(LocalDate v) { serviceEndedOn = v; }
}
