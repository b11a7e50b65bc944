package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Approve the proposed assessment decision; only an approver other than the proposer may. */
@PermittedRoles(Role.APPROVER)
public record ApproveAssessmentDecisionCommand(@TargetAggregateIdentifier EngagementId engagementId, String approvedBy,
                                               String comment) {
}
