package org.outsourcingdesk.contracting.api.query;

import java.time.Instant;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractEndedEvent;
import org.outsourcingdesk.contracting.api.event.ContractLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignatureRecordedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSubmittedForReviewEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.event.DataTermsSetEvent;
import org.outsourcingdesk.contracting.api.event.GovernanceSetEvent;
import org.outsourcingdesk.contracting.api.event.ServiceLevelsSetEvent;
import org.outsourcingdesk.contracting.api.event.TerminationTermsSetEvent;
import org.outsourcingdesk.contracting.api.model.Amendment;
import org.outsourcingdesk.contracting.api.model.ContractEnd;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.ReviewComment;
import org.outsourcingdesk.contracting.api.model.Signature;

/**
 * How a contract looks after each event: a pure function the live projection, the aggregate and the
 * auditors' "as of" share.
 */
public final class ContractFolds {

    private ContractFolds() {
    }

    /** The contract after {@code event} ({@code before} is null until it is drafted). */
    /**
     * A contract as its own events show it, in the order stored: what a policy reads from the event store
     * (no read model can lag behind it). Null when the stream is empty.
     */
    public static ContractView of(java.util.stream.Stream<? extends org.axonframework.eventhandling.EventMessage<?>> events) {
        ContractView contract = null;
        for (org.axonframework.eventhandling.EventMessage<?> message : events.toList()) {
            contract = contract(contract, message.getPayload(), message.getTimestamp());
        }
        return contract;
    }

    public static ContractView contract(ContractView before, Object event, Instant at) {
        if (event instanceof ContractDraftedEvent e) {
            return ContractView.drafted(e.engagementId().value(), e.contractId(), e.roundId(), e.vendorId(), e.vendorName(),
                    e.prices(), e.draftedFor(), at);
        }
        if (before == null) {
            return null;
        }
        var c = before;
        return switch (event) {
            case ContractTermSetEvent e -> c.withSections(e.term(), c.serviceLevels(), c.governance(), c.dataTerms(), c.termination(),
                    at, e.setBy());
            case ServiceLevelsSetEvent e -> c.withSections(c.term(), e.serviceLevels(), c.governance(), c.dataTerms(),
                    c.termination(), at, e.setBy());
            case GovernanceSetEvent e -> c.withSections(c.term(), c.serviceLevels(), e.governance(), c.dataTerms(), c.termination(),
                    at, e.setBy());
            case DataTermsSetEvent e -> c.withSections(c.term(), c.serviceLevels(), c.governance(), e.dataTerms(), c.termination(),
                    at, e.setBy());
            case TerminationTermsSetEvent e -> c.withSections(c.term(), c.serviceLevels(), c.governance(), c.dataTerms(),
                    e.termination(), at, e.setBy());
            case ContractSubmittedForReviewEvent e -> c.submitted(at, e.submittedBy());
            case ContractChangesRequestedEvent e -> c.reviewed(new ReviewComment(e.stage(), false, e.requestedBy(), at, e.comment(), 1),
                    ContractStatus.DRAFT);
            case ContractLegallyApprovedEvent e -> c.reviewed(new ReviewComment(ReviewComment.LEGAL_REVIEW, true, e.reviewedBy(), at,
                    e.comment(), 1), ContractStatus.LEGALLY_APPROVED);
            case ContractApprovedEvent e -> c.reviewed(new ReviewComment(ReviewComment.APPROVAL, true, e.approvedBy(), at,
                    e.comment(), 1), ContractStatus.APPROVED);
            case ContractSignatureRecordedEvent e -> c.signedBy(new Signature(e.party(), e.signatory(), e.signedOn(),
                    e.recordedBy()), at);
            case ContractSignedEvent e -> c.signed(e.signedOn(), at);
            case ContractActivatedEvent e -> c.activated(e.activatedOn(), at);
            case ContractEndedEvent e -> c.ended(new ContractEnd(e.ending(), e.endedOn(), e.exitId(), e.endedFor()), at);
            case AmendmentProposedEvent e -> c.amending(new Amendment(e.version(), e.effectiveFrom(), e.reason(), e.term(),
                    e.serviceLevels(), e.rates(), e.proposedBy(), at, Amendment.IN_LEGAL_REVIEW, null), at, e.proposedBy());
            case AmendmentChangesRequestedEvent e -> c.amendmentReviewed(new ReviewComment(e.stage(), false, e.requestedBy(), at,
                    e.comment(), e.version()), Amendment.CHANGES_REQUESTED);
            case AmendmentLegallyApprovedEvent e -> c.amendmentReviewed(new ReviewComment(ReviewComment.LEGAL_REVIEW, true,
                    e.reviewedBy(), at, e.comment(), e.version()), Amendment.LEGALLY_APPROVED);
            case AmendmentApprovedEvent e -> c.amended(new ContractVersion(e.version(), e.effectiveFrom(), e.term(), e.serviceLevels(),
                    e.prices(), e.reason(), e.approvedBy(), at), new ReviewComment(ReviewComment.APPROVAL, true, e.approvedBy(), at,
                    e.comment(), e.version()));
            default -> c;
        };
    }
}
