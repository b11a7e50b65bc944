package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft's data and call-recording terms were set. */
@Revision("1")
public record DataTermsSetEvent(EngagementId engagementId, String contractId, DataTerms dataTerms, String setBy)
        implements ContractEvent {

    @Override
    public String summary() {
        return "Set the data terms: " + dataTerms.recordedSharePercent() + " % of calls recorded, kept " + dataTerms.retentionDays()
                + " days; data returned and destroyed within " + dataTerms.destroyWithinDays() + " days of the end.";
    }
}
