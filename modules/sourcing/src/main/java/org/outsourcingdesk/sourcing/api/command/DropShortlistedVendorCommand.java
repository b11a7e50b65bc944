package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Take a vendor off a round's shortlist, with the reason. */
@PermittedRoles(Role.PROCUREMENT)
public record DropShortlistedVendorCommand(@TargetAggregateIdentifier String roundId, String vendorId, String reason,
                                           String droppedBy) {
}
