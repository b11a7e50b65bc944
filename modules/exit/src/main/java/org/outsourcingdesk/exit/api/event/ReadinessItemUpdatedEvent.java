package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that a readiness item of the exit plan was given an owner, a due day, a status or a note. */
@Revision("1")
public record ReadinessItemUpdatedEvent(EngagementId engagementId, String exitId, ChecklistEntry entry, String updatedBy)
        implements ExitEvent {

    @Override
    public String summary() {
        return entry.item().label() + ": " + entry.status().label().toLowerCase() + (entry.owner() == null ? "" : ", owned by "
                + entry.owner()) + (entry.dueOn() == null ? "" : ", due " + entry.dueOn()) + ".";
    }
}
