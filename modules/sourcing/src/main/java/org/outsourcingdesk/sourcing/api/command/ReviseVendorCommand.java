package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/**
 * Change what the registry knows of a vendor: the whole profile, as edited.
 *
 * @param basedOnVersion the version the user edited; a newer one refuses the change (409)
 */
@PermittedRoles({Role.PROCUREMENT, Role.ADMIN})
public record ReviseVendorCommand(@TargetAggregateIdentifier String vendorId, int basedOnVersion, VendorProfile profile,
                                  String revisedBy) {
}
