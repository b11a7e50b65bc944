package org.outsourcingdesk.contracting.api.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that a signed contract became active on its first day. It carries what monitoring and the
 * exit plan start from: the vendor, the term, the SLAs, the data terms and the termination terms;
 * and who approved it, on whose behalf the engagement moves on.
 */
@Revision("1")
public record ContractActivatedEvent(EngagementId engagementId, String contractId, String vendorId, String vendorName,
                                     LocalDate activatedOn, ContractTerm term, ServiceLevels serviceLevels, DataTerms dataTerms,
                                     TerminationTerms termination, String approvedBy) implements ContractEvent, DecisionEvent {

    @Override
    public String summary() {
        return "The contract with " + vendorName + " is active from " + activatedOn + " to " + term.endsOn() + ".";
    }
}
