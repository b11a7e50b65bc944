package org.outsourcingdesk.exit.api.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.exit.api.model.ChecklistEntry;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that a contract's exit plan began on the day it became active: its term and termination terms
 * (what leaving will cost and when it may happen), its currency, and the in-house readiness checklist,
 * every item open.
 */
@Revision("1")
public record ExitPlanStartedEvent(EngagementId engagementId, String exitId, String contractId, String vendorName, ContractTerm term,
                                   TerminationTerms termination, String currency, List<ChecklistEntry> checklist, String startedFor)
        implements ExitEvent {

    public ExitPlanStartedEvent {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    @Override
    public String summary() {
        return "The exit plan for the contract with " + vendorName + " began: " + checklist.size() + " readiness items to prepare.";
    }
}
