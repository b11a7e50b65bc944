package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;

/**
 * Move an engagement on from one later stage to the next, because a decision of that stage was
 * approved (a provider selected: sourcing to contracting). Sent by the stage's policy on the
 * approver's behalf; refused unless the engagement is still in {@code from}. Going back to the
 * assessment is a reopening ({@link ReopenAssessmentCommand}), not a move.
 */
@PermittedRoles(Role.APPROVER)
public record MoveEngagementCommand(@TargetAggregateIdentifier EngagementId engagementId, Stage from, Stage to, String reason,
                                    String movedBy) {
}
