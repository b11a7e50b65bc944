package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Score;

/** A fact that an evaluator scored a vendor on the criteria of a revision, each score with its reason. */
@Revision("1")
public record VendorScoredEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName, int criteriaRevision,
                                List<Score> scores, String evaluator) implements EngagementEvent {

    @Override
    public String summary() {
        return evaluator + " scored " + vendorName + " on " + scores.size() + " criteria (revision " + criteriaRevision + ").";
    }
}
