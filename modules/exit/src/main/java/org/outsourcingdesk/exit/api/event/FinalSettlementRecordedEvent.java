package org.outsourcingdesk.exit.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the final settlement with the vendor was recorded: last invoice, credits still owed, amount, day. */
@Revision("1")
public record FinalSettlementRecordedEvent(EngagementId engagementId, String exitId, Settlement settlement, String recordedBy)
        implements ExitEvent {

    @Override
    public String summary() {
        return "Settled with the vendor on " + settlement.settledOn() + ": last invoice " + settlement.lastInvoiceNumber() + ", "
                + settlement.finalAmount() + " paid, credits " + settlement.outstandingCredits() + " deducted.";
    }
}
