package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that legal passed an amendment. */
@Revision("1")
public record AmendmentLegallyApprovedEvent(EngagementId engagementId, String contractId, int version, String reviewedBy,
                                            String comment) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Passed amendment " + version + "'s legal review" + (comment == null ? "." : ": " + comment);
    }
}
