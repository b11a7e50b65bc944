package org.outsourcingdesk.monitoring.api.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Close open review triggers: the relationship review they called for was decided. Sent by the exit
 * stage on behalf of the approver who decided it; triggers closed already are left as they are.
 */
@PermittedRoles(Role.APPROVER)
public record CloseTriggersCommand(@TargetAggregateIdentifier String monitoringId, List<String> triggerIds, String reason,
                                   String closedBy) {
}
