package org.outsourcingdesk.exit.api.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a review of the relationship was opened: by a monitoring trigger (named), a deadline, or by hand, and why. */
@Revision("1")
public record RelationshipReviewOpenedEvent(EngagementId engagementId, String exitId, String reviewId, ReviewOrigin origin,
                                            String reason, List<String> triggerIds, String openedBy) implements ExitEvent, DecisionEvent {

    public RelationshipReviewOpenedEvent {
        triggerIds = triggerIds == null ? List.of() : List.copyOf(triggerIds);
    }

    @Override
    public String summary() {
        return "Opened a review of the relationship (" + origin.label().toLowerCase() + "): " + reason;
    }
}
