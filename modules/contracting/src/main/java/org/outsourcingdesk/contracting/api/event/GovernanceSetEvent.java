package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft's governance was set: who keeps both sides informed, who answers for what, how problems escalate. */
@Revision("1")
public record GovernanceSetEvent(EngagementId engagementId, String contractId, Governance governance, String setBy)
        implements ContractEvent {

    @Override
    public String summary() {
        return "Set the contract's governance: liaison " + governance.internalLiaison() + ", vendor account manager "
                + governance.vendorAccountManager() + ", " + governance.escalation().size() + " escalation level"
                + (governance.escalation().size() == 1 ? "" : "s") + ".";
    }
}
