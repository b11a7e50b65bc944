package org.outsourcingdesk.monitoring.api.model;

import java.time.LocalDate;
import java.util.List;

/** A governance meeting held with the vendor: its kind, day, who attended, what was decided and who does what by when. */
public record GovernanceMeeting(MeetingType type, LocalDate heldOn, List<String> attendees, List<String> decisions,
                                List<ActionItem> actionItems) {

    public GovernanceMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }
}
