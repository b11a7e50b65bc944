package org.outsourcingdesk.exit.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Mark a transition task done on a day (by today). */
@PermittedRoles(Role.PROCUREMENT)
public record CompleteTransitionTaskCommand(@TargetAggregateIdentifier String exitId, String taskId, LocalDate completedOn,
                                            LocalDate today, String completedBy) {
}
