package org.outsourcingdesk.exit.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a transition task was done. */
@Revision("1")
public record TransitionTaskCompletedEvent(EngagementId engagementId, String exitId, String taskId, String description,
                                           LocalDate completedOn, String completedBy) implements ExitEvent {

    @Override
    public String summary() {
        return "Transition task done on " + completedOn + ": " + description;
    }
}
