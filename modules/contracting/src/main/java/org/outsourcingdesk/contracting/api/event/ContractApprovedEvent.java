package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approver, neither a drafter nor the legal reviewer, approved the contract for signature. */
@Revision("1")
public record ContractApprovedEvent(EngagementId engagementId, String contractId, String approvedBy, String comment)
        implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Approved the contract for signature" + (comment == null ? "." : ": " + comment);
    }
}
