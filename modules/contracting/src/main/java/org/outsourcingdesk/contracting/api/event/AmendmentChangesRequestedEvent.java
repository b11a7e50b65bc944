package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that legal review ({@code LEGAL_REVIEW}) or an approver ({@code APPROVAL}) sent an amendment back, with a comment. */
@Revision("1")
public record AmendmentChangesRequestedEvent(EngagementId engagementId, String contractId, int version, String stage,
                                             String requestedBy, String comment) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return ("LEGAL_REVIEW".equals(stage) ? "Legal review" : "Approval") + " sent amendment " + version + " back: " + comment;
    }
}
