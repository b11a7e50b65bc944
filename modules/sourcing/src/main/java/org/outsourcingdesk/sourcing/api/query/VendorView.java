package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/** A vendor as the registry knows it now: its profile, version, and who changed it last. */
public record VendorView(String vendorId, int version, VendorProfile profile, boolean archived, String archiveReason,
                         String registeredBy, Instant registeredAt, String updatedBy, Instant updatedAt) {
}
