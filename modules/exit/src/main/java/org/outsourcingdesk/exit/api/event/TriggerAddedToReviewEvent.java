package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that another monitoring trigger fired while a review was open, and joined it as further evidence. */
@Revision("1")
public record TriggerAddedToReviewEvent(EngagementId engagementId, String exitId, String reviewId, String triggerId, String reason)
        implements ExitEvent {

    @Override
    public String summary() {
        return "A further trigger joined the open review: " + reason;
    }
}
