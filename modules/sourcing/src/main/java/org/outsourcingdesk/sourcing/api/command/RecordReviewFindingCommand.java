package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;

/** Record what online reviews say of a shortlisted vendor. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordReviewFindingCommand(@TargetAggregateIdentifier String roundId, String vendorId, ReviewFinding finding, String recordedBy) {
}
