package org.outsourcingdesk.contracting.api.query;

import java.time.Instant;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.event.DataTermsSetEvent;
import org.outsourcingdesk.contracting.api.event.GovernanceSetEvent;
import org.outsourcingdesk.contracting.api.event.ServiceLevelsSetEvent;

/**
 * How a contract looks after each event: a pure function the live projection, the aggregate and the
 * auditors' "as of" share.
 */
public final class ContractFolds {

    private ContractFolds() {
    }

    /** The contract after {@code event} ({@code before} is null until it is drafted). */
    public static ContractView contract(ContractView before, Object event, Instant at) {
        if (event instanceof ContractDraftedEvent e) {
            return new ContractView(e.engagementId().value(), e.contractId(), e.roundId(), ContractView.DRAFT, e.vendorId(),
                    e.vendorName(), e.prices(), null, null, false, null, null, e.draftedFor(), at, at, e.draftedFor());
        }
        if (before == null) {
            return null;
        }
        return switch (event) {
            case ContractTermSetEvent e -> before.with(e.term(), before.serviceLevels(), before.governance(), before.dataTerms(), at,
                    e.setBy());
            case ServiceLevelsSetEvent e -> before.with(before.term(), e.serviceLevels(), before.governance(), before.dataTerms(), at,
                    e.setBy());
            case GovernanceSetEvent e -> before.with(before.term(), before.serviceLevels(), e.governance(), before.dataTerms(), at,
                    e.setBy());
            case DataTermsSetEvent e -> before.with(before.term(), before.serviceLevels(), before.governance(), e.dataTerms(), at,
                    e.setBy());
            default -> before;
        };
    }
}
