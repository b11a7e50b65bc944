package org.outsourcingdesk.exit.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.exit.api.command.AddTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.CompleteExitCommand;
import org.outsourcingdesk.exit.api.command.CompleteTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.DecideExitOptionCommand;
import org.outsourcingdesk.exit.api.command.OpenRelationshipReviewCommand;
import org.outsourcingdesk.exit.api.command.ProposeExitOptionCommand;
import org.outsourcingdesk.exit.api.command.RecordFinalSettlementCommand;
import org.outsourcingdesk.exit.api.command.ServeNoticeCommand;
import org.outsourcingdesk.exit.api.command.StartExitPlanCommand;
import org.outsourcingdesk.exit.api.command.UpdateExitTermCommand;
import org.outsourcingdesk.exit.api.command.UpdateReadinessItemCommand;
import org.outsourcingdesk.exit.api.command.WaiveTransitionTaskCommand;
import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
import org.outsourcingdesk.exit.api.event.ExitEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionRejectedEvent;
import org.outsourcingdesk.exit.api.event.ExitPlanStartedEvent;
import org.outsourcingdesk.exit.api.event.ExitTermUpdatedEvent;
import org.outsourcingdesk.exit.api.event.FinalSettlementRecordedEvent;
import org.outsourcingdesk.exit.api.event.NoticeServedEvent;
import org.outsourcingdesk.exit.api.event.ReadinessItemUpdatedEvent;
import org.outsourcingdesk.exit.api.event.RelationshipReviewOpenedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskAddedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskCompletedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskWaivedEvent;
import org.outsourcingdesk.exit.api.event.TriggerAddedToReviewEvent;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.query.ExitFolds;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.api.query.ExitView.ReviewStatus;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.BusinessRuleViolation.Kind;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * The exit case of one active contract, kept from its first day. Its plan is the in-house readiness
 * checklist. A relationship review (at most one open) is opened by a monitoring trigger (later ones
 * join it), a deadline, or by hand; the analyst proposes an option with a rationale and every option's
 * cost; an approver other than the proposer approves it or rejects it with a comment. An approved
 * ending is carried out: notice served no later than the contract allows, transition tasks done or
 * waived with a reason, the final settlement, and the day the vendor's service ended, back in-house or
 * to a new sourcing round.
 * <p>
 * Invariants: rationale required; for cause cites a trigger of the review or documents a breach;
 * approver is not the proposer; notice respects the contract (else the earliest end is named); no
 * completion with a task open, without the notice or without the settlement.
 */
public class ExitCase {

    private static final int MAX_TEXT = 4000;
    private static final int DOCUMENTED_BREACH = 20;

    @AggregateIdentifier
    private String exitId;
    private EngagementId engagementId;
    private ExitView view;

    protected ExitCase() {
    }

    @CommandHandler
    public ExitCase(StartExitPlanCommand command) {
        var checklist = Arrays.stream(ReadinessItem.values()).map(i -> new ChecklistEntry(i, null, null, ItemStatus.OPEN, null)).toList();
        apply(new ExitPlanStartedEvent(command.engagementId(), command.exitId(), command.contractId(), command.vendorName(), command.term(),
                command.termination(), command.currency(), checklist, command.startedFor()));
    }

    @CommandHandler
    void handle(UpdateExitTermCommand command) {
        if (command.contractVersion() > view.contractVersion() && command.term() != null) {
            apply(new ExitTermUpdatedEvent(engagementId, exitId, command.contractVersion(), command.term()));
        }
    }

    @CommandHandler
    void handle(UpdateReadinessItemCommand command) {
        notCompleted();
        if (command.item() == null || command.status() == null) {
            throw new BusinessRuleViolation("ItemAndStatusRequired", command.item() == null ? "item" : "status",
                    "Say which readiness item and where it stands.");
        }
        String owner = text(command.owner());
        if (owner == null || owner.length() > 200 || command.dueOn() == null) {
            throw new BusinessRuleViolation("ItemOwnerAndDueRequired", owner == null || owner.length() > 200 ? "owner" : "dueOn",
                    "A readiness item has an owner (at most 200 characters) and a due day.");
        }
        apply(new ReadinessItemUpdatedEvent(engagementId, exitId, new ChecklistEntry(command.item(), owner, command.dueOn(), command.status(),
                text(command.note())), command.updatedBy()));
    }

    @CommandHandler
    void handle(OpenRelationshipReviewCommand command) {
        notCompleted();
        var open = view.openReview();
        if (command.origin() == ReviewOrigin.TRIGGER) {
            if (open.isPresent()) {
                if (!open.get().triggerIds().contains(command.triggerId())) {
                    apply(new TriggerAddedToReviewEvent(engagementId, exitId, open.get().reviewId(), command.triggerId(), command.reason()));
                }
                return;
            }
            if (view.ending().isPresent() || view.reviews().stream().anyMatch(r -> r.triggerIds().contains(command.triggerId()))) {
                return; // the relationship is ending already, or this trigger was answered
            }
        } else {
            if (view.reviews().stream().anyMatch(r -> r.reviewId().equals(command.reviewId()))) {
                throw new BusinessRuleViolation(Kind.CONFLICT, "ReviewIdUnique", null, "This review was opened already.");
            }
            if (open.isPresent()) {
                throw new BusinessRuleViolation(Kind.CONFLICT, "ReviewAlreadyOpen", null, "A review of the relationship is open already; "
                        + "decide it first.");
            }
            if (view.ending().isPresent()) {
                throw new BusinessRuleViolation(Kind.CONFLICT, "ExitUnderway", null, "The relationship is ending already.");
            }
        }
        String reason = text(command.reason());
        if (reason == null || reason.length() > MAX_TEXT) {
            throw new BusinessRuleViolation("ReviewReasonRequired", "reason", "Say why the relationship is reviewed (at most " + MAX_TEXT
                    + " characters).");
        }
        apply(new RelationshipReviewOpenedEvent(engagementId, exitId, command.reviewId(), command.origin(), reason,
                command.triggerId() == null ? List.of() : List.of(command.triggerId()), command.openedBy()));
    }

    @CommandHandler
    void handle(ProposeExitOptionCommand command) {
        var review = view.openReview().orElseThrow(() -> new BusinessRuleViolation(Kind.CONFLICT, "ReviewOpen", null,
                "No review of the relationship is open: open one first."));
        if (review.status() == ReviewStatus.PROPOSED) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "ProposalPending", null, "An option is proposed already and awaits an approver.");
        }
        if (command.option() == null) {
            throw new BusinessRuleViolation("OptionRequired", "option", "Choose an option: " + Arrays.toString(ExitOption.values()) + ".");
        }
        String rationale = text(command.rationale());
        if (rationale == null || rationale.length() > MAX_TEXT) {
            throw new BusinessRuleViolation("RationaleRequired", "rationale", "Give the rationale for the option (at most " + MAX_TEXT
                    + " characters).");
        }
        if (command.comparison() == null || command.comparison().of(command.option()).isEmpty()) {
            throw new BusinessRuleViolation("CostComparedFirst", "comparison", "Compare the options' costs before proposing one.");
        }
        String evidence = text(command.evidence());
        if (command.option() == ExitOption.TERMINATE_FOR_CAUSE && (evidence == null
                || !review.triggerIds().contains(evidence) && evidence.length() < DOCUMENTED_BREACH)) {
            throw new BusinessRuleViolation("ForCauseCitesEvidence", "evidence", "A termination for cause cites a trigger of the review "
                    + review.triggerIds() + " or documents the breach (what, when, where it is recorded; at least " + DOCUMENTED_BREACH
                    + " characters).");
        }
        apply(new ExitOptionProposedEvent(engagementId, exitId, review.reviewId(), command.option(), rationale, evidence, command.comparison(),
                command.proposedBy()));
    }

    @CommandHandler
    void handle(DecideExitOptionCommand command) {
        var review = view.openReview().filter(r -> r.status() == ReviewStatus.PROPOSED).orElseThrow(() -> new BusinessRuleViolation(
                Kind.CONFLICT, "NothingProposed", null, "No option is proposed: there is nothing to decide."));
        var proposal = review.proposal();
        if (proposal.proposedBy().equals(command.decidedBy())) {
            throw new BusinessRuleViolation(Kind.FORBIDDEN, "ApproverNotProposer", null, "You proposed this option; another approver decides it.");
        }
        String comment = text(command.comment());
        if (command.approve()) {
            apply(new ExitOptionApprovedEvent(engagementId, exitId, review.reviewId(), proposal.option(), proposal.rationale(),
                    proposal.cost().orElse(null), review.triggerIds(), proposal.proposedBy(), command.decidedBy(), comment));
        } else {
            if (comment == null || comment.length() > MAX_TEXT) {
                throw new BusinessRuleViolation("RejectionExplained", "comment", "Say why the proposal is rejected.");
            }
            apply(new ExitOptionRejectedEvent(engagementId, exitId, review.reviewId(), proposal.option(), proposal.proposedBy(),
                    command.decidedBy(), comment));
        }
    }

    @CommandHandler
    void handle(ServeNoticeCommand command) {
        var ending = view.ending().orElseThrow(() -> new BusinessRuleViolation(Kind.CONFLICT, "EndingApproved", null,
                "Notice is served once an approver has approved ending the relationship."));
        if (view.notice() != null) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "NoticeServedOnce", null, "Notice was served on " + view.notice().servedOn() + ".");
        }
        if (command.servedOn() == null || command.servedOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("NoticeNotInFuture", "servedOn", "Give the day notice was served, today or before.");
        }
        var option = ending.decision().option();
        LocalDate earliest = Notices.earliestEnd(option, view.term(), command.servedOn());
        if (command.endsOn() == null || command.endsOn().isBefore(earliest)) {
            throw new BusinessRuleViolation("NoticeRespectsContract", "endsOn", noticeRule(option, command.servedOn())
                    + " The earliest possible end is " + earliest + ".");
        }
        apply(new NoticeServedEvent(engagementId, exitId, ending.reviewId(), option, command.servedOn(), command.endsOn(), command.servedBy()));
    }

    private String noticeRule(ExitOption option, LocalDate servedOn) {
        var term = view.term();
        return switch (option) {
            case TERMINATE_FOR_CONVENIENCE -> "Ending for convenience needs " + term.convenienceNoticeDays() + " days' notice.";
            case LET_EXPIRE -> servedOn.isAfter(term.nonRenewalNoticeBy())
                    ? "Notice not to renew was due by " + term.nonRenewalNoticeBy() + "; served later, the contract runs another term."
                    : "Letting it expire ends it on the term's last day.";
            default -> "The service cannot end before the notice.";
        };
    }

    @CommandHandler
    void handle(AddTransitionTaskCommand command) {
        notCompleted();
        if (view.ending().isEmpty()) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "EndingApproved", null, "Transition tasks follow an approved decision to end the relationship.");
        }
        var task = command.task();
        if (task == null || text(task.description()) == null || text(task.owner()) == null || task.dueOn() == null) {
            throw new BusinessRuleViolation("TaskComplete", "task", "A transition task says what, who owns it and by when.");
        }
        if (view.tasks().stream().anyMatch(t -> t.taskId().equals(command.taskId()))) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "TaskIdUnique", null, "This task is planned already.");
        }
        apply(new TransitionTaskAddedEvent(engagementId, exitId, command.taskId(), task, command.addedBy()));
    }

    @CommandHandler
    void handle(CompleteTransitionTaskCommand command) {
        var task = openTask(command.taskId());
        if (command.completedOn() == null || command.completedOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("CompletedByToday", "completedOn", "Give the day it was done, today or before.");
        }
        apply(new TransitionTaskCompletedEvent(engagementId, exitId, task.taskId(), task.task().description(), command.completedOn(),
                command.completedBy()));
    }

    @CommandHandler
    void handle(WaiveTransitionTaskCommand command) {
        var task = openTask(command.taskId());
        String reason = text(command.reason());
        if (reason == null || reason.length() > MAX_TEXT) {
            throw new BusinessRuleViolation("WaiverReasonRequired", "reason", "Say why the task is waived.");
        }
        apply(new TransitionTaskWaivedEvent(engagementId, exitId, task.taskId(), task.task().description(), reason, command.waivedBy()));
    }

    @CommandHandler
    void handle(RecordFinalSettlementCommand command) {
        noticeServed();
        var settlement = command.settlement();
        if (settlement == null || text(settlement.lastInvoiceNumber()) == null) {
            throw new BusinessRuleViolation("LastInvoiceRequired", "settlement.lastInvoiceNumber", "Name the vendor's last invoice.");
        }
        if (settlement.outstandingCredits() == null || settlement.outstandingCredits().signum() < 0) {
            throw new BusinessRuleViolation("CreditsNotNegative", "settlement.outstandingCredits", "Give the service credits still owed (0 or more).");
        }
        if (settlement.finalAmount() == null) {
            throw new BusinessRuleViolation("FinalAmountRequired", "settlement.finalAmount", "Give the amount finally paid (negative if received).");
        }
        if (settlement.settledOn() == null || settlement.settledOn().isAfter(command.today())) {
            throw new BusinessRuleViolation("SettledByToday", "settlement.settledOn", "Give the day it was settled, today or before.");
        }
        apply(new FinalSettlementRecordedEvent(engagementId, exitId, settlement, command.recordedBy()));
    }

    @CommandHandler
    void handle(CompleteExitCommand command) {
        notCompleted();
        noticeServed();
        var open = view.tasks().stream().filter(ExitView.TaskView::open).map(t -> t.task().description()).toList();
        if (!open.isEmpty()) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "TransitionTasksClosed", null, "Transition tasks are still open: " + open
                    + ". Complete each, or waive it with a reason.");
        }
        if (view.settlement() == null) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "SettlementRecorded", null, "Record the final settlement first.");
        }
        if (command.path() == null) {
            throw new BusinessRuleViolation("ReturnPathRequired", "path", "Say where the service goes: back in-house or a new sourcing round.");
        }
        if (command.serviceEndedOn() == null || command.serviceEndedOn().isAfter(command.today())
                || command.serviceEndedOn().isBefore(view.notice().endsOn())) {
            throw new BusinessRuleViolation("ServiceEndedInTime", "serviceEndedOn", "Give the day the vendor's service ended: on or after the"
                    + " day the notice ends it (" + view.notice().endsOn() + ") and by today.");
        }
        apply(new ExitCompletedEvent(engagementId, exitId, command.path(), command.serviceEndedOn(), command.completedBy(),
                view.ending().orElseThrow().decision().approvedBy()));
    }

    private ExitView.TaskView openTask(String taskId) {
        var task = view.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow(() -> new BusinessRuleViolation(
                Kind.CONFLICT, "TaskExists", "taskId", "No transition task " + taskId + "."));
        if (!task.open()) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "TaskOpen", "taskId", "This task is closed already.");
        }
        return task;
    }

    private void notCompleted() {
        if (view.completion() != null) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "ExitOpen", null, "The exit is complete: the vendor's service ended on "
                    + view.completion().serviceEndedOn() + ".");
        }
    }

    private void noticeServed() {
        if (view.notice() == null) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "NoticeServed", null, "Serve notice on the vendor first.");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(ExitEvent event, @Timestamp Instant at) {
        view = ExitFolds.exit(view, event, at);
        if (event instanceof ExitPlanStartedEvent started) {
            exitId = started.exitId();
            engagementId = started.engagementId();
        }
    }
}
