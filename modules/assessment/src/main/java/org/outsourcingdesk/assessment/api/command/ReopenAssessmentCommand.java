package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Reopen a decided assessment, with the reason; the decision stays in the history. Only an approver
 * may: an analyst alone must not undo what an approver signed off.
 */
@PermittedRoles(Role.APPROVER)
public record ReopenAssessmentCommand(@TargetAggregateIdentifier EngagementId engagementId, String reason,
                                      String reopenedBy) {
}
