package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft, complete in every section, went to legal review. */
@Revision("1")
public record ContractSubmittedForReviewEvent(EngagementId engagementId, String contractId, String submittedBy)
        implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Submitted the contract for legal review.";
    }
}
