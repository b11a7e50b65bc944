package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Take a vendor out of the registry's active list (it stays readable, with its history), and why. */
@PermittedRoles({Role.PROCUREMENT, Role.ADMIN})
public record ArchiveVendorCommand(@TargetAggregateIdentifier String vendorId, String reason, String archivedBy) {
}
