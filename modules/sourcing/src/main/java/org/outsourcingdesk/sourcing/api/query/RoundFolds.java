package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import java.util.List;
import org.outsourcingdesk.sourcing.api.event.DueDiligenceRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.MandatoryDueDiligenceSetEvent;
import org.outsourcingdesk.sourcing.api.event.QuoteRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.RequestForProposalRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ReviewFindingRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionRejectedEvent;
import org.outsourcingdesk.sourcing.api.event.ShortlistedVendorDroppedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundCancelledEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundEndedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.TestCallLoggedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorScoredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceCheck;
import org.outsourcingdesk.sourcing.api.model.EvaluatorScores;
import org.outsourcingdesk.sourcing.api.model.LoggedTestCall;
import org.outsourcingdesk.sourcing.api.model.RecordedReview;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;

/**
 * How a sourcing round looks after each event: a pure function from the round before and one event
 * to the round after. The live projection writes what it returns; the auditors' "as of" folds a
 * round's events up to a moment with the same function.
 */
public final class RoundFolds {

    private RoundFolds() {
    }

    /** The round after {@code event} ({@code before} is null until it is opened). */
    public static SourcingRoundView round(SourcingRoundView before, Object event, Instant at) {
        if (event instanceof SourcingRoundOpenedEvent e) {
            return new SourcingRoundView(e.engagementId().value(), e.roundId(), e.number(), SourcingRoundView.OPEN, e.channels(),
                    e.regions(), e.pricingModels(), e.criteria(), 1, List.of(), List.of(), null, e.openedBy(), at, at, null);
        }
        if (before == null) {
            return null;
        }
        return switch (event) {
            case EvaluationCriteriaSetEvent e -> before.withCriteria(e.criteria(), e.revision(), at);
            case SourcingRoundCancelledEvent e -> before.closed(SourcingRoundView.CANCELLED, e.reason(), at);
            case SourcingRoundEndedEvent e -> before.closed(SourcingRoundView.ENDED, e.reason(), at);
            case SelectionProposedEvent e -> before.withSelection(new SelectionView(SelectionView.PROPOSED, e.vendorId(),
                    e.vendorName(), e.rationale(), e.rejections(), e.waivers(), e.proposedBy(), at, null, null, null),
                    before.status(), at);
            case VendorSelectedEvent e -> before.withSelection(before.selection() != null
                    ? before.selection().decided(SelectionView.APPROVED, e.approvedBy(), at, e.comment())
                    : new SelectionView(SelectionView.APPROVED, e.vendorId(), e.vendorName(), e.rationale(), e.rejections(),
                    e.waivers(), e.proposedBy(), null, e.approvedBy(), at, e.comment()), SourcingRoundView.SELECTED, at);
            case SelectionRejectedEvent e -> before.withSelection(before.selection() == null ? null
                    : before.selection().decided(SelectionView.REJECTED, e.rejectedBy(), at, e.comment()), before.status(), at);
            case MandatoryDueDiligenceSetEvent e -> before.withMandatory(e.items(), at);
            case VendorShortlistedEvent e -> before.withShortlisted(
                    ShortlistEntry.shortlisted(e.vendorId(), e.vendorName(), e.vendorVersion(), e.shortlistedBy()), at);
            case ShortlistedVendorDroppedEvent e -> before.withVendor(e.vendorId(), x -> x.withDropped(e.reason()), at);
            case RequestForProposalRecordedEvent e -> before.withVendor(e.vendorId(),
                    x -> x.withRequestForProposal(e.sentOn(), e.dueOn()), at);
            case QuoteRecordedEvent e -> before.withVendor(e.vendorId(), x -> x.withQuote(new RoundQuote(e.channel(), e.region(),
                    e.revision(), e.quote(), e.volume(), e.cost(), e.recordedBy(), at)), at);
            case DueDiligenceRecordedEvent e -> before.withVendor(e.vendorId(), x -> x.withCheck(new DueDiligenceCheck(e.item(),
                    e.outcome(), e.evidence(), e.references(), e.recordedBy(), at)), at);
            case TestCallLoggedEvent e -> before.withVendor(e.vendorId(),
                    x -> x.withTestCall(new LoggedTestCall(e.call(), e.loggedBy(), at)), at);
            case ReviewFindingRecordedEvent e -> before.withVendor(e.vendorId(),
                    x -> x.withReview(new RecordedReview(e.finding(), e.recordedBy(), at)), at);
            case VendorScoredEvent e -> before.withVendor(e.vendorId(),
                    x -> x.withScores(new EvaluatorScores(e.evaluator(), e.criteriaRevision(), e.scores(), at)), at);
            default -> before;
        };
    }
}
