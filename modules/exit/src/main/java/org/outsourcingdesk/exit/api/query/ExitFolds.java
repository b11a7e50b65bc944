package org.outsourcingdesk.exit.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
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
import org.outsourcingdesk.exit.api.query.ExitView.CompletionView;
import org.outsourcingdesk.exit.api.query.ExitView.DecisionView;
import org.outsourcingdesk.exit.api.query.ExitView.NoticeView;
import org.outsourcingdesk.exit.api.query.ExitView.ProposalView;
import org.outsourcingdesk.exit.api.query.ExitView.RejectionView;
import org.outsourcingdesk.exit.api.query.ExitView.ReviewStatus;
import org.outsourcingdesk.exit.api.query.ExitView.ReviewView;
import org.outsourcingdesk.exit.api.query.ExitView.SettlementView;
import org.outsourcingdesk.exit.api.query.ExitView.TaskView;

/**
 * The pure function from a contract's exit events to its {@link ExitView}: the live read model, the
 * aggregate and the auditors' "as of" fold with it. Every list is keyed, so an event folded twice
 * leaves the view as once; an event it does not know leaves the view as it was.
 */
public final class ExitFolds {

    private ExitFolds() {
    }

    public static ExitView exit(ExitView before, Object event, Instant at) {
        if (event instanceof ExitPlanStartedEvent e) {
            return new ExitView(e.engagementId().value(), e.exitId(), e.contractId(), e.vendorName(), e.currency(), e.term(), 1,
                    e.termination(), e.startedFor(), e.checklist(), List.of(), null, List.of(), null, null, at, null, 0);
        }
        if (before == null) {
            return null;
        }
        var v = new Fold(before);
        switch (event) {
            case ExitTermUpdatedEvent e -> {
                v.term = e.term();
                v.contractVersion = e.contractVersion();
            }
            case ReadinessItemUpdatedEvent e -> v.checklist.replaceAll(c -> c.item() == e.entry().item() ? e.entry() : c);
            case RelationshipReviewOpenedEvent e -> {
                if (v.reviews.stream().noneMatch(r -> r.reviewId().equals(e.reviewId()))) {
                    v.reviews.add(new ReviewView(e.reviewId(), e.origin(), e.reason(), e.triggerIds(), e.openedBy(), at, ReviewStatus.OPEN,
                            null, null, null));
                }
            }
            case TriggerAddedToReviewEvent e -> v.review(e.reviewId(), r -> {
                var triggers = new ArrayList<>(r.triggerIds());
                if (!triggers.contains(e.triggerId())) {
                    triggers.add(e.triggerId());
                }
                return new ReviewView(r.reviewId(), r.origin(), r.reason(), triggers, r.openedBy(), r.openedAt(), r.status(), r.proposal(),
                        r.lastRejection(), r.decision());
            });
            case ExitOptionProposedEvent e -> v.review(e.reviewId(), r -> new ReviewView(r.reviewId(), r.origin(), r.reason(),
                    r.triggerIds(), r.openedBy(), r.openedAt(), ReviewStatus.PROPOSED,
                    new ProposalView(e.option(), e.rationale(), e.evidence(), e.comparison(), e.proposedBy(), at), r.lastRejection(), null));
            case ExitOptionRejectedEvent e -> v.review(e.reviewId(), r -> new ReviewView(r.reviewId(), r.origin(), r.reason(),
                    r.triggerIds(), r.openedBy(), r.openedAt(), ReviewStatus.OPEN, r.proposal(),
                    new RejectionView(e.option(), e.rejectedBy(), e.comment(), at), null));
            case ExitOptionApprovedEvent e -> v.review(e.reviewId(), r -> new ReviewView(r.reviewId(), r.origin(), r.reason(),
                    r.triggerIds(), r.openedBy(), r.openedAt(), ReviewStatus.DECIDED, r.proposal(), r.lastRejection(),
                    new DecisionView(e.option(), e.proposedBy(), e.approvedBy(), e.comment(), at)));
            case NoticeServedEvent e -> v.notice = new NoticeView(e.option(), e.servedOn(), e.endsOn(), e.servedBy());
            case TransitionTaskAddedEvent e -> {
                if (v.tasks.stream().noneMatch(t -> t.taskId().equals(e.taskId()))) {
                    v.tasks.add(new TaskView(e.taskId(), e.task(), e.addedBy(), null, null, null, null));
                }
            }
            case TransitionTaskCompletedEvent e -> v.tasks.replaceAll(t -> !t.taskId().equals(e.taskId()) ? t
                    : new TaskView(t.taskId(), t.task(), t.addedBy(), e.completedOn(), e.completedBy(), null, null));
            case TransitionTaskWaivedEvent e -> v.tasks.replaceAll(t -> !t.taskId().equals(e.taskId()) ? t
                    : new TaskView(t.taskId(), t.task(), t.addedBy(), null, null, e.reason(), e.waivedBy()));
            case FinalSettlementRecordedEvent e -> v.settlement = new SettlementView(e.settlement(), e.recordedBy(), at);
            case ExitCompletedEvent e -> v.completion = new CompletionView(e.path(), e.serviceEndedOn(), e.completedBy(), at);
            default -> {
                return before;
            }
        }
        return v.view(at);
    }

    /** The view's changing parts, while one event is folded. */
    private static final class Fold {
        final ExitView before;
        org.outsourcingdesk.contracting.api.model.ContractTerm term;
        int contractVersion;
        final List<org.outsourcingdesk.exit.api.model.ChecklistEntry> checklist;
        final List<ReviewView> reviews;
        NoticeView notice;
        final List<TaskView> tasks;
        SettlementView settlement;
        CompletionView completion;

        Fold(ExitView before) {
            this.before = before;
            term = before.term();
            contractVersion = before.contractVersion();
            checklist = new ArrayList<>(before.checklist());
            reviews = new ArrayList<>(before.reviews());
            notice = before.notice();
            tasks = new ArrayList<>(before.tasks());
            settlement = before.settlement();
            completion = before.completion();
        }

        void review(String reviewId, java.util.function.UnaryOperator<ReviewView> change) {
            reviews.replaceAll(r -> r.reviewId().equals(reviewId) ? change.apply(r) : r);
        }

        ExitView view(Instant at) {
            return new ExitView(before.engagementId(), before.exitId(), before.contractId(), before.vendorName(), before.currency(), term,
                    contractVersion, before.termination(), before.startedFor(), checklist, reviews, notice, tasks, settlement, completion, at, null, 0);
        }
    }
}
