package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that one party's signature was recorded: who signed for it, and when. */
@Revision("1")
public record ContractSignatureRecordedEvent(EngagementId engagementId, String contractId, Party party, String signatory,
                                             LocalDate signedOn, String recordedBy) implements ContractEvent {

    @Override
    public String summary() {
        return "Recorded the signature of " + signatory + " for " + (party == Party.CLIENT ? "us" : "the vendor") + " on " + signedOn + ".";
    }
}
