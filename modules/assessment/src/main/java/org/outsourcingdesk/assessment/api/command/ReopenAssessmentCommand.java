package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Reopen a decided assessment, with the reason; the decision stays in the history. */
@PermittedRoles({Role.PROCUREMENT, Role.APPROVER})
public record ReopenAssessmentCommand(@TargetAggregateIdentifier EngagementId engagementId, String reason,
                                      String reopenedBy) {
}
