package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft's termination terms were set: grounds for cause, convenience fees, caps, exit assistance. */
@Revision("1")
public record TerminationTermsSetEvent(EngagementId engagementId, String contractId, TerminationTerms termination, String setBy)
        implements ContractEvent {

    @Override
    public String summary() {
        return "Set the termination terms: " + termination.forCause().size() + " ground(s) for cause, liability capped at "
                + termination.liabilityCap().toPlainString() + ", termination fees at " + termination.terminationFeeCap().toPlainString()
                + ", " + termination.exitAssistanceMonths() + " month(s) of exit assistance.";
    }
}
