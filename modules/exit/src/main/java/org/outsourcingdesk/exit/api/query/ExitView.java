package org.outsourcingdesk.exit.api.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;

/**
 * A contract's exit case as its events leave it ({@link ExitFolds}): the term and termination terms it
 * is checked against, the readiness checklist, the relationship reviews (at most one open), and once an
 * ending is approved the notice, the transition tasks, the settlement and the completion.
 */
public record ExitView(String engagementId, String exitId, String contractId, String vendorName, String currency, ContractTerm term,
                       int contractVersion, TerminationTerms termination, String startedFor, List<ChecklistEntry> checklist,
                       List<ReviewView> reviews, NoticeView notice, List<TaskView> tasks, SettlementView settlement,
                       CompletionView completion, Instant changedAt, ExitStatus status, int readinessPercent) {

    /** Status and readiness follow from the rest, whatever is given for them (they are stored for the API and the dashboard). */
    public ExitView {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        status = statusOf(completion, reviews, notice);
        readinessPercent = readinessOf(checklist);
    }

    /** The exit case of a contract is named after it. */
    public static String exitId(String contractId) {
        return contractId + "-exit";
    }

    /** The contract an exit case belongs to, from the case's id. */
    public static String contractIdOf(String exitId) {
        return exitId.endsWith("-exit") ? exitId.substring(0, exitId.length() - "-exit".length()) : exitId;
    }

    /** The id of the sourcing round a completed exit opens for the same engagement. */
    public static String newRoundId(String exitId) {
        return exitId + "-round";
    }

    /** How ready the service is to come back in-house: done items count whole, those in progress half, in percent. */
    private static int readinessOf(List<ChecklistEntry> checklist) {
        if (checklist.isEmpty()) {
            return 0;
        }
        double points = checklist.stream().mapToDouble(e -> e.status() == ItemStatus.DONE ? 1 : e.status() == ItemStatus.IN_PROGRESS ? 0.5 : 0)
                .sum();
        return BigDecimal.valueOf(points * 100 / checklist.size()).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    public Optional<ReviewView> openReview() {
        return openReview(reviews);
    }

    /** The approved decision to end the relationship, once there is one. */
    public Optional<ReviewView> ending() {
        return ending(reviews);
    }

    private static Optional<ReviewView> openReview(List<ReviewView> reviews) {
        return reviews.stream().filter(r -> r.status() != ReviewStatus.DECIDED).findFirst();
    }

    private static Optional<ReviewView> ending(List<ReviewView> reviews) {
        return reviews.stream().filter(r -> r.status() == ReviewStatus.DECIDED && r.decision().option().ends()).reduce((a, b) -> b);
    }

    private static ExitStatus statusOf(CompletionView completion, List<ReviewView> reviews, NoticeView notice) {
        if (completion != null) {
            return ExitStatus.COMPLETED;
        }
        if (ending(reviews).isPresent()) {
            return notice == null ? ExitStatus.ENDING_APPROVED : ExitStatus.NOTICE_SERVED;
        }
        return openReview(reviews).isPresent() ? ExitStatus.IN_REVIEW : ExitStatus.PLANNED;
    }

    /** Where an exit case stands. */
    public enum ExitStatus {
        PLANNED("Exit plan kept ready"), IN_REVIEW("Relationship under review"), ENDING_APPROVED("Ending approved: serve notice"),
        NOTICE_SERVED("Notice served: transition"), COMPLETED("Completed");

        private final String label;

        ExitStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a review stands: open (nothing proposed, or a proposal rejected), proposed, or decided. */
    public enum ReviewStatus { OPEN, PROPOSED, DECIDED }

    public record ReviewView(String reviewId, ReviewOrigin origin, String reason, List<String> triggerIds, String openedBy, Instant openedAt,
                             ReviewStatus status, ProposalView proposal, RejectionView lastRejection, DecisionView decision) {

        public ReviewView {
            triggerIds = triggerIds == null ? List.of() : List.copyOf(triggerIds);
        }
    }

    public record ProposalView(ExitOption option, String rationale, String evidence, CostComparison comparison, String proposedBy,
                               Instant proposedAt) {

        public Optional<OptionCost> cost() {
            return comparison == null ? Optional.empty() : comparison.of(option);
        }
    }

    public record RejectionView(ExitOption option, String rejectedBy, String comment, Instant rejectedAt) {
    }

    public record DecisionView(ExitOption option, String proposedBy, String approvedBy, String comment, Instant approvedAt) {
    }

    public record NoticeView(ExitOption option, LocalDate servedOn, LocalDate endsOn, String servedBy) {
    }

    /** A transition task and, once closed, how: done on a day, or waived with a reason. */
    public record TaskView(String taskId, TransitionTask task, String addedBy, LocalDate completedOn, String completedBy, String waiver,
                           String waivedBy) {

        public boolean open() {
            return completedOn == null && waiver == null;
        }

        public boolean overdue(LocalDate today) {
            return open() && task.dueOn() != null && task.dueOn().isBefore(today);
        }
    }

    public record SettlementView(Settlement settlement, String recordedBy, Instant recordedAt) {
    }

    public record CompletionView(ReturnPath path, LocalDate serviceEndedOn, String completedBy, Instant completedAt) {
    }
}
