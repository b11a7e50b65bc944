package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approver ended a round without a selection because no vendor is suitable; the assessment is reopened. */
@Revision("1")
public record SourcingRoundEndedEvent(EngagementId engagementId, String roundId, int number, String reason, String endedBy)
        implements DecisionEvent {

    @Override
    public String summary() {
        return "Ended sourcing round " + number + " with no suitable vendor: " + reason;
    }
}
