package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/**
 * A fact that a decided assessment was reopened, with the reason: the engagement is back in the
 * assessment stage; the earlier decision stays in the history.
 */
@Revision("1")
public record AssessmentReopenedEvent(EngagementId engagementId, DecisionOutcome previousOutcome, Stage stageBefore,
                                      String reason, String reopenedBy) implements DecisionEvent {

    @Override
    public String summary() {
        return "Reopened the assessment (it had decided: " + previousOutcome.label().toLowerCase() + "): " + reason;
    }
}
