package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set the draft's termination terms. */
@PermittedRoles(Role.PROCUREMENT)
public record SetTerminationTermsCommand(@TargetAggregateIdentifier String contractId, TerminationTerms termination, String setBy) {
}
