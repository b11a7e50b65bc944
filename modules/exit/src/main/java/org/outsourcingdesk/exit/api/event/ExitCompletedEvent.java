package org.outsourcingdesk.exit.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that the vendor's service ended on a day and the exit is complete: the service is back
 * in-house (the engagement closes) or goes to a new sourcing round of the same engagement; with the
 * approver of the decision to end it, on whose behalf the engagement moves on.
 */
@Revision("1")
public record ExitCompletedEvent(EngagementId engagementId, String exitId, ReturnPath path, LocalDate serviceEndedOn, String completedBy,
                                 String approvedBy) implements ExitEvent, DecisionEvent {

    @Override
    public String summary() {
        return "The vendor's service ended on " + serviceEndedOn + "; " + (path == ReturnPath.IN_HOUSE ? "the service is back in-house."
                : "a new sourcing round opens.");
    }
}
