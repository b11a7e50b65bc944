package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;

/** A fact that a governance meeting with the vendor was held, with its decisions and action items. */
@Revision("1")
public record GovernanceMeetingRecordedEvent(EngagementId engagementId, String monitoringId, String meetingId,
                                             GovernanceMeeting meeting, String recordedBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return meeting.type().label() + " held on " + meeting.heldOn() + ": " + meeting.decisions().size() + " decision(s), "
                + meeting.actionItems().size() + " action item(s).";
    }
}
