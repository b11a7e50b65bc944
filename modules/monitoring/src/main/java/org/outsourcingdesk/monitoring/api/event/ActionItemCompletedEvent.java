package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an action item of a governance meeting (numbered from 1) was done. */
@Revision("1")
public record ActionItemCompletedEvent(EngagementId engagementId, String monitoringId, String meetingId, int item,
                                       LocalDate completedOn, String note, String completedBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Action item " + item + " of the meeting " + meetingId + " done on " + completedOn + ".";
    }
}
