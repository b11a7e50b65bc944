package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a transition task was waived, with the reason: the exit may close without it. */
@Revision("1")
public record TransitionTaskWaivedEvent(EngagementId engagementId, String exitId, String taskId, String description, String reason,
                                        String waivedBy) implements ExitEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Waived the transition task '" + description + "': " + reason;
    }
}
