package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Record (or replace) the in-house cost baseline of an engagement's assessment, in its currency. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordCostBaselineCommand(@TargetAggregateIdentifier EngagementId engagementId, CostBaseline baseline,
                                        String recordedBy) {
}
