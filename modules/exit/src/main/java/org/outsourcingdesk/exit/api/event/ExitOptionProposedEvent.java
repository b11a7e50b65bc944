package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that an analyst proposed how the relationship goes on, with the rationale, the evidence for a
 * termination for cause, and every option's cost as compared then.
 */
@Revision("1")
public record ExitOptionProposedEvent(EngagementId engagementId, String exitId, String reviewId, ExitOption option, String rationale,
                                      String evidence, CostComparison comparison, String proposedBy) implements ExitEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Proposed to " + option.label().toLowerCase() + ": " + rationale;
    }
}
