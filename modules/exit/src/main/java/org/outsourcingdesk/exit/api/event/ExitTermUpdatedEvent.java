package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approved amendment changed the term notice and endings are checked against. */
@Revision("1")
public record ExitTermUpdatedEvent(EngagementId engagementId, String exitId, int contractVersion, ContractTerm term) implements ExitEvent {

    @Override
    public String summary() {
        return "The exit plan follows the contract's version " + contractVersion + ": it ends on " + term.endsOn() + ".";
    }
}
