package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft's term was set: its days, renewal and notice periods. */
@Revision("1")
public record ContractTermSetEvent(EngagementId engagementId, String contractId, ContractTerm term, String setBy)
        implements ContractEvent {

    @Override
    public String summary() {
        return "Set the contract term: " + term.startsOn() + " to " + term.endsOn() + ", " + term.renewal().label().toLowerCase()
                + (term.nonRenewalNoticeDays() == null ? "" : ", " + term.nonRenewalNoticeDays() + " days' notice not to renew") + ".";
    }
}
