package org.outsourcingdesk.exit.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.Settlement;

/** Record the final settlement with the vendor. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordFinalSettlementCommand(@TargetAggregateIdentifier String exitId, Settlement settlement, LocalDate today,
                                           String recordedBy) {
}
