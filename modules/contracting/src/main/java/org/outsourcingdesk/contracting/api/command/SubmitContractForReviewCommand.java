package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Send the draft to legal review; refused until every section is complete. */
@PermittedRoles(Role.PROCUREMENT)
public record SubmitContractForReviewCommand(@TargetAggregateIdentifier String contractId, String submittedBy) {
}
