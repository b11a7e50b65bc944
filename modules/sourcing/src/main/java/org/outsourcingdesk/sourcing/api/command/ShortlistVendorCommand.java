package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Put a registry vendor, as its profile stands at this version, on a round's shortlist. */
@PermittedRoles(Role.PROCUREMENT)
public record ShortlistVendorCommand(@TargetAggregateIdentifier String roundId, String vendorId, String vendorName,
                                     int vendorVersion, String shortlistedBy) {
}
