package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Waive a transition task, with the reason. */
@PermittedRoles(Role.PROCUREMENT)
public record WaiveTransitionTaskCommand(@TargetAggregateIdentifier String exitId, String taskId, String reason, String waivedBy) {
}
