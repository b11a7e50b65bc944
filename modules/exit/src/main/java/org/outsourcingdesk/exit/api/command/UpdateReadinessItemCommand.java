package org.outsourcingdesk.exit.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;

/** Give a readiness item its owner, due day, status and note. */
@PermittedRoles(Role.PROCUREMENT)
public record UpdateReadinessItemCommand(@TargetAggregateIdentifier String exitId, ReadinessItem item, String owner, LocalDate dueOn,
                                         ItemStatus status, String note, LocalDate today, String updatedBy) {
}
