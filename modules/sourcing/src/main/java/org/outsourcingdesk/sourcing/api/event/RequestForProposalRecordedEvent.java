package org.outsourcingdesk.sourcing.api.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the request for proposal went to a shortlisted vendor on a date, answer due by another. */
@Revision("1")
public record RequestForProposalRecordedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                              LocalDate sentOn, LocalDate dueOn, String recordedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Sent the request for proposal to " + vendorName + " on " + sentOn + ", due " + dueOn + ".";
    }
}
