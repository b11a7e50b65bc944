package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that procurement proposed an amendment of the signed contract, which goes to legal review:
 * the version it would become, from which day, why, and what changes (null: unchanged).
 */
@Revision("1")
public record AmendmentProposedEvent(EngagementId engagementId, String contractId, int version, LocalDate effectiveFrom,
                                     String reason, ContractTerm term, ServiceLevels serviceLevels, List<RateChange> rates,
                                     String proposedBy) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        var changes = new java.util.ArrayList<String>();
        if (term != null) {
            changes.add("term");
        }
        if (serviceLevels != null) {
            changes.add("SLAs");
        }
        if (rates != null && !rates.isEmpty()) {
            changes.add("rates");
        }
        return "Proposed amendment " + version + " (" + String.join(", ", changes) + ") from " + effectiveFrom + ": " + reason;
    }
}
