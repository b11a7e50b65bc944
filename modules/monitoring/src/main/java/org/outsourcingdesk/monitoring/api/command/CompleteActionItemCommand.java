package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Mark a governance meeting's action item (numbered from 1) done. */
@PermittedRoles(Role.PROCUREMENT)
public record CompleteActionItemCommand(@TargetAggregateIdentifier String monitoringId, String meetingId, int item,
                                        LocalDate completedOn, String note, LocalDate today, String completedBy) {
}
