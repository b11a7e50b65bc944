package org.outsourcingdesk.exit.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that notice was served on the vendor, on a day, for the service to end on another, as the contract allows. */
@Revision("1")
public record NoticeServedEvent(EngagementId engagementId, String exitId, String reviewId, ExitOption option, LocalDate servedOn,
                                LocalDate endsOn, String servedBy) implements ExitEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Served notice (" + option.label().toLowerCase() + ") on " + servedOn + ": the vendor's service ends on " + endsOn + ".";
    }
}
