package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that legal review passed the contract. */
@Revision("1")
public record ContractLegallyApprovedEvent(EngagementId engagementId, String contractId, String reviewedBy, String comment)
        implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Passed the contract's legal review" + (comment == null ? "." : ": " + comment);
    }
}
