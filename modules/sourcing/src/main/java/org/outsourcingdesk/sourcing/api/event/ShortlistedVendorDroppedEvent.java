package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a vendor left a round's shortlist, and why. */
@Revision("1")
public record ShortlistedVendorDroppedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                            String reason, String droppedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Dropped " + vendorName + " from the shortlist: " + reason;
    }
}
