package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Reject the proposed assessment decision, saying why; the assessment goes back to the analyst. */
@PermittedRoles(Role.APPROVER)
public record RejectAssessmentDecisionCommand(@TargetAggregateIdentifier EngagementId engagementId, String rejectedBy,
                                              String comment) {
}
