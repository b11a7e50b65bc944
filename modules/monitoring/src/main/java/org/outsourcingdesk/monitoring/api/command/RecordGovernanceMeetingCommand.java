package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;

/** Record a governance meeting held with the vendor. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordGovernanceMeetingCommand(@TargetAggregateIdentifier String monitoringId, String meetingId,
                                             GovernanceMeeting meeting, LocalDate today, String recordedBy) {
}
