package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a vendor, as its registry profile stood at this version, joined a round's shortlist. */
@Revision("1")
public record VendorShortlistedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                     int vendorVersion, String shortlistedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Shortlisted " + vendorName + ".";
    }
}
