package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;

/** Say which due-diligence items a vendor must pass to be chosen (without an approved waiver). */
@PermittedRoles(Role.PROCUREMENT)
public record SetMandatoryDueDiligenceCommand(@TargetAggregateIdentifier String roundId, List<DueDiligenceItem> items, String setBy) {
}
