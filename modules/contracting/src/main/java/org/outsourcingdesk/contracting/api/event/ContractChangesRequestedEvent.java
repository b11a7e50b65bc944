package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that a reviewer sent the contract back to draft with comments: legal review
 * ({@code LEGAL_REVIEW}) or approval ({@code APPROVAL}).
 */
@Revision("1")
public record ContractChangesRequestedEvent(EngagementId engagementId, String contractId, String stage, String requestedBy,
                                            String comment) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return ("LEGAL_REVIEW".equals(stage) ? "Legal review" : "Approval") + " requested changes: " + comment;
    }
}
