package org.outsourcingdesk.assessment.api.query;

import java.time.Instant;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * The assessment of one engagement as it stands: its inputs (null until recorded), where it is, the
 * proposal waiting for an approver, the decision, and the last rejection and reopening.
 */
public record AssessmentView(EngagementId engagementId, AssessmentStatus status, DemandProfile demand,
                             CostBaseline baseline, QualitativeFactors factors, AssessmentDecisionProposedEvent proposal,
                             AssessmentDecisionApprovedEvent decision, AssessmentDecisionRejectedEvent lastRejection,
                             AssessmentReopenedEvent lastReopening, Instant updatedAt, String updatedBy) {
}
