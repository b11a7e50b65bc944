package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.TransitionTask;

/** Plan a transition task. */
@PermittedRoles(Role.PROCUREMENT)
public record AddTransitionTaskCommand(@TargetAggregateIdentifier String exitId, String taskId, TransitionTask task, String addedBy) {
}
