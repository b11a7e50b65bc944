package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/** Register a vendor in the registry every engagement shares. */
@PermittedRoles({Role.PROCUREMENT, Role.ADMIN})
public record RegisterVendorCommand(@TargetAggregateIdentifier String vendorId, VendorProfile profile, String registeredBy) {
}
