package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Record (or replace) the ratings of the qualitative factors of an engagement's assessment. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordQualitativeFactorsCommand(@TargetAggregateIdentifier EngagementId engagementId,
                                              QualitativeFactors factors, String recordedBy) {
}
