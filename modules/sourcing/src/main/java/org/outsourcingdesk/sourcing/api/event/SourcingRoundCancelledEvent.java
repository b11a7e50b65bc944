package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a sourcing round ended without a selection because the decision that opened it no longer stands, and why. */
@Revision("1")
public record SourcingRoundCancelledEvent(EngagementId engagementId, String roundId, String reason, String cancelledBy)
        implements EngagementEvent {

    @Override
    public String summary() {
        return "Cancelled the sourcing round: " + reason;
    }
}
