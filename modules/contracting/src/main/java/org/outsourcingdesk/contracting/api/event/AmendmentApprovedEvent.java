package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * A fact that an approver, neither its proposer nor its legal reviewer, approved an amendment: the
 * contract's new version, with its whole term, SLAs and prices as amended, in force from {@code effectiveFrom}.
 */
@Revision("1")
public record AmendmentApprovedEvent(EngagementId engagementId, String contractId, int version, LocalDate effectiveFrom,
                                     String reason, ContractTerm term, ServiceLevels serviceLevels, List<RoundQuote> prices,
                                     String approvedBy, String comment) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "Approved amendment " + version + ": the contract's version " + version + " is in force from " + effectiveFrom + ".";
    }
}
