package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractEnding;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that the contract ended: terminated for cause, for convenience, or expired, the vendor's
 * service having ended on {@code endedOn}, as the exit case {@code exitId} carried out the approved
 * decision of {@code endedFor}. The consequence of that decision, not a decision itself; an ended
 * contract changes no more, and an amendment still in review lapses with it.
 */
@Revision("1")
public record ContractEndedEvent(EngagementId engagementId, String contractId, ContractEnding ending, LocalDate endedOn, String exitId,
                                 String endedFor) implements ContractEvent {

    @Override
    public String summary() {
        return "The contract ended on " + endedOn + ": " + ending.label().toLowerCase(java.util.Locale.ROOT) + ".";
    }
}
