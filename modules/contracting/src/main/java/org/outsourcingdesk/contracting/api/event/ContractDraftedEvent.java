package org.outsourcingdesk.contracting.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/** A fact that a draft contract was opened with the selected vendor, prefilled with its quotes as selected. */
@Revision("1")
public record ContractDraftedEvent(EngagementId engagementId, String contractId, String roundId, String vendorId,
                                   String vendorName, List<RoundQuote> prices, String draftedFor) implements ContractEvent {

    @Override
    public String summary() {
        return "Drafted the contract with " + vendorName + " from its selected quote" + (prices.size() == 1 ? "" : "s") + ".";
    }
}
