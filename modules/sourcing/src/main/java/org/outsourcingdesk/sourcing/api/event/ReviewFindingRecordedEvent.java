package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;

/** A fact that online reviews of a vendor were read, and what they say. */
@Revision("1")
public record ReviewFindingRecordedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                         ReviewFinding finding, String recordedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Online reviews of " + vendorName + " on " + finding.source() + ": " + finding.sentiment().label().toLowerCase(java.util.Locale.ROOT) + ".";
    }
}
