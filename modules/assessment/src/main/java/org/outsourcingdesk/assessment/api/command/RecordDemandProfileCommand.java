package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Record (or replace) the demand profile of an engagement's assessment. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordDemandProfileCommand(@TargetAggregateIdentifier EngagementId engagementId, DemandProfile profile,
                                         String recordedBy) {
}
