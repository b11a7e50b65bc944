package org.outsourcingdesk.contracting.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Set the draft's data and call-recording terms. */
@PermittedRoles(Role.PROCUREMENT)
public record SetDataTermsCommand(@TargetAggregateIdentifier String contractId, DataTerms dataTerms, String setBy) {
}
