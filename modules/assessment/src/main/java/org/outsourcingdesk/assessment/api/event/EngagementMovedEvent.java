package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/**
 * A fact that an engagement moved on from one stage to the next because a decision of that stage
 * was approved (the reason names it; the decision is its own event).
 */
@Revision("1")
public record EngagementMovedEvent(EngagementId engagementId, Stage from, Stage to, String reason, String movedBy)
        implements EngagementEvent {

    @Override
    public String summary() {
        return "Moved from " + from.label().toLowerCase() + " to " + to.label().toLowerCase() + ": " + reason;
    }
}
