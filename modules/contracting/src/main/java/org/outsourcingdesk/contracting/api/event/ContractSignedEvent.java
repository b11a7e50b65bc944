package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that both parties have signed: the contract binds from {@code startsOn}; {@code approvedBy} approved it. */
@Revision("1")
public record ContractSignedEvent(EngagementId engagementId, String contractId, LocalDate signedOn, LocalDate startsOn,
                                  String approvedBy)
        implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "The contract is signed by both parties (" + signedOn + "); it starts on " + startsOn + ".";
    }
}
