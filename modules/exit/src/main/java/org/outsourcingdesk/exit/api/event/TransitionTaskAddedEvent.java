package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a transition task was planned. */
@Revision("1")
public record TransitionTaskAddedEvent(EngagementId engagementId, String exitId, String taskId, TransitionTask task, String addedBy)
        implements ExitEvent {

    @Override
    public String summary() {
        return "Transition task: " + task.description() + " (" + task.owner() + ", due " + task.dueOn() + ").";
    }
}
