package org.outsourcingdesk.exit.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.ReturnPath;

/** The vendor's service ended: back in-house (the engagement closes) or to a new sourcing round. */
@PermittedRoles(Role.PROCUREMENT)
public record CompleteExitCommand(@TargetAggregateIdentifier String exitId, ReturnPath path, LocalDate serviceEndedOn, LocalDate today,
                                  String completedBy) {
}
