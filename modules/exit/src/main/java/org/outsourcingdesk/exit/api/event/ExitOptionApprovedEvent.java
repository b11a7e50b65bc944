package org.outsourcingdesk.exit.api.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that an approver other than the proposer approved the proposed option: with its rationale and
 * cost as proposed, and the monitoring triggers the review answered (they close).
 */
@Revision("1")
public record ExitOptionApprovedEvent(EngagementId engagementId, String exitId, String reviewId, ExitOption option, String rationale,
                                      OptionCost cost, List<String> triggerIds, String proposedBy, String approvedBy, String comment)
        implements ExitEvent, DecisionEvent {

    public ExitOptionApprovedEvent {
        triggerIds = triggerIds == null ? List.of() : List.copyOf(triggerIds);
    }

    @Override
    public String summary() {
        return "Approved to " + option.label().toLowerCase() + " (proposed by " + proposedBy + ")" + (comment == null ? "." : ": " + comment);
    }
}
