package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Criterion;

/** A fact that a round's evaluation criteria and weights (summing to 100) became this revision, why, and who set them. */
@Revision("1")
public record EvaluationCriteriaSetEvent(EngagementId engagementId, String roundId, int revision, List<Criterion> criteria,
                                         String reason, String setBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Set the evaluation criteria, revision " + revision + " (" + criteria.size() + " criteria)"
                + (reason == null ? "." : ": " + reason);
    }
}
