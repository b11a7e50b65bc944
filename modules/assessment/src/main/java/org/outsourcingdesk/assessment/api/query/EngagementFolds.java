package org.outsourcingdesk.assessment.api.query;

import java.time.Instant;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.CostBaselineRecordedEvent;
import org.outsourcingdesk.assessment.api.event.DemandProfileRecordedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementMovedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.event.QualitativeFactorsRecordedEvent;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.kernel.Stage;

/**
 * How the engagement and its assessment look after each event: pure functions from the state
 * before and one event to the state after. The live projections write what these return, and the
 * auditors' "as of" view folds an engagement's events up to a moment with the very same functions,
 * so the past is shown exactly as it was shown then.
 */
public final class EngagementFolds {

    private EngagementFolds() {
    }

    /** The engagement after {@code event} ({@code before} is null until it is opened). */
    public static EngagementView engagement(EngagementView before, Object event, Instant at) {
        if (event instanceof EngagementOpenedEvent e) {
            return new EngagementView(e.engagementId().value(), e.reference(), e.name(), e.businessUnit(), e.currency(),
                    Stage.ASSESSMENT, "Open", at, e.openedBy());
        }
        if (before == null) {
            return null;
        }
        return switch (event) {
            case DemandProfileRecordedEvent e -> status(before, "Assessment in progress");
            case CostBaselineRecordedEvent e -> status(before, "Assessment in progress");
            case QualitativeFactorsRecordedEvent e -> status(before, "Assessment in progress");
            case AssessmentDecisionProposedEvent e -> status(before, "Proposed: " + e.outcome().label() + "; awaiting approval");
            case AssessmentDecisionRejectedEvent e -> status(before, "Proposal rejected by " + e.rejectedBy());
            case AssessmentDecisionApprovedEvent e -> move(before, e.nextStage(),
                    "Decided: " + e.outcome().label() + "; approved by " + e.approvedBy());
            case AssessmentReopenedEvent e -> move(before, Stage.ASSESSMENT, "Assessment reopened");
            case EngagementMovedEvent e -> move(before, e.to(), e.reason());
            default -> before;
        };
    }

    /** The assessment after {@code event} ({@code before} is null until something is recorded). */
    public static AssessmentView assessment(AssessmentView before, Object event, Instant at) {
        return switch (event) {
            case DemandProfileRecordedEvent e -> with(start(before, e.engagementId()), at, e.recordedBy(),
                    v -> new AssessmentView(v.engagementId(), v.status(), e.profile(), v.baseline(), v.factors(), v.proposal(),
                            v.decision(), v.lastRejection(), v.lastReopening(), null, null));
            case CostBaselineRecordedEvent e -> with(start(before, e.engagementId()), at, e.recordedBy(),
                    v -> new AssessmentView(v.engagementId(), v.status(), v.demand(), e.baseline(), v.factors(), v.proposal(),
                            v.decision(), v.lastRejection(), v.lastReopening(), null, null));
            case QualitativeFactorsRecordedEvent e -> with(start(before, e.engagementId()), at, e.recordedBy(),
                    v -> new AssessmentView(v.engagementId(), v.status(), v.demand(), v.baseline(), e.factors(), v.proposal(),
                            v.decision(), v.lastRejection(), v.lastReopening(), null, null));
            case AssessmentDecisionProposedEvent e -> with(start(before, e.engagementId()), at, e.proposedBy(),
                    v -> new AssessmentView(v.engagementId(), AssessmentStatus.PROPOSED, v.demand(), v.baseline(), v.factors(),
                            e, v.decision(), v.lastRejection(), v.lastReopening(), null, null));
            case AssessmentDecisionRejectedEvent e -> with(start(before, e.engagementId()), at, e.rejectedBy(),
                    v -> new AssessmentView(v.engagementId(), AssessmentStatus.IN_PROGRESS, v.demand(), v.baseline(),
                            v.factors(), null, v.decision(), e, v.lastReopening(), null, null));
            case AssessmentDecisionApprovedEvent e -> with(start(before, e.engagementId()), at, e.approvedBy(),
                    v -> new AssessmentView(v.engagementId(), AssessmentStatus.DECIDED, v.demand(), v.baseline(), v.factors(),
                            null, e, v.lastRejection(), v.lastReopening(), null, null));
            case AssessmentReopenedEvent e -> with(start(before, e.engagementId()), at, e.reopenedBy(),
                    v -> new AssessmentView(v.engagementId(), AssessmentStatus.IN_PROGRESS, v.demand(), v.baseline(),
                            v.factors(), v.proposal(), null, v.lastRejection(), e, null, null));
            default -> before;
        };
    }

    private static AssessmentView start(AssessmentView before, org.outsourcingdesk.kernel.EngagementId id) {
        return before != null ? before
                : new AssessmentView(id, AssessmentStatus.IN_PROGRESS, null, null, null, null, null, null, null, null, null);
    }

    private static AssessmentView with(AssessmentView before, Instant at, String by,
                                       java.util.function.UnaryOperator<AssessmentView> change) {
        var v = change.apply(before);
        return new AssessmentView(v.engagementId(), v.status(), v.demand(), v.baseline(), v.factors(), v.proposal(),
                v.decision(), v.lastRejection(), v.lastReopening(), at, by);
    }

    private static EngagementView status(EngagementView v, String status) {
        return move(v, v.stage(), status);
    }

    private static EngagementView move(EngagementView v, Stage stage, String status) {
        return new EngagementView(v.id(), v.reference(), v.name(), v.businessUnit(), v.currency(), stage, status,
                v.openedAt(), v.openedBy());
    }
}
