package org.outsourcingdesk.sourcing.domain.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.command.ApproveSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.CancelSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.DropShortlistedVendorCommand;
import org.outsourcingdesk.sourcing.api.command.EndSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.LogTestCallCommand;
import org.outsourcingdesk.sourcing.api.command.OpenSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.ProposeSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.RecordDueDiligenceCommand;
import org.outsourcingdesk.sourcing.api.command.RecordQuoteCommand;
import org.outsourcingdesk.sourcing.api.command.RecordRequestForProposalCommand;
import org.outsourcingdesk.sourcing.api.command.RecordReviewFindingCommand;
import org.outsourcingdesk.sourcing.api.command.RejectSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.ScoreVendorCommand;
import org.outsourcingdesk.sourcing.api.command.SetEvaluationCriteriaCommand;
import org.outsourcingdesk.sourcing.api.command.SetMandatoryDueDiligenceCommand;
import org.outsourcingdesk.sourcing.api.command.ShortlistVendorCommand;
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
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.EvaluationTemplate;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.domain.quote.QuoteRules;

/**
 * A sourcing round: the search for a provider for an engagement whose outsourcing was approved. It
 * opens with the decision's scope and the standard criteria; the analyst sets the criteria and their
 * weights, shortlists vendors from the registry and records the request for proposal sent to each.
 * It records each vendor's quotes (priced at the approved forecast), the due-diligence checks, the
 * test calls and online-review findings, and each evaluator's scores. Procurement proposes the vendor
 * to select; an approver other than the proposer approves (the round closes with it selected) or
 * rejects it (the round goes on). An approver may end the round with no suitable vendor.
 * <p>
 * A round whose decision no longer stands (the assessment was reopened) is cancelled; a closed round
 * (cancelled, ended or selected) changes no more, and while a selection waits for its decision
 * neither does the round, so that what is approved is exactly what was proposed.
 * <p>
 * Invariants: weights are whole percents summing to 100 over distinct, named criteria; a criteria
 * change is made from the current revision, and once scoring has started only with a reason; a vendor
 * is on the shortlist once; everything recorded of a vendor is of a vendor on the shortlist; a request
 * for proposal is due after it is sent; a quote is for a channel of the round's scope and has the
 * fields its pricing model needs; a due-diligence outcome has its evidence, and a reference check
 * names who was contacted, where, and what they said; test-call ratings and scores are on the scale
 * of 1 to 5; an evaluator scores every criterion, each with a reason; the vendor proposed has a
 * quote and scores on every criterion, every other vendor on the shortlist a reason it was not
 * chosen, and every failed mandatory check a waiver with its reason.
 */
public class SourcingRound {

    @AggregateIdentifier
    private String roundId;
    private EngagementId engagementId;
    /** The round as its own events show it (the functions the live view uses): what the rules and the selection read. */
    private SourcingRoundView view;
    private SelectionProposedEvent pendingProposal;

    protected SourcingRound() {
    }

    @CommandHandler
    public SourcingRound(OpenSourcingRoundCommand command) {
        apply(new SourcingRoundOpenedEvent(command.engagementId(), command.roundId(), command.number(), command.channels(),
                command.regions(), command.pricingModels(), EvaluationTemplate.standard(), command.openedBy()));
    }

    /** Idempotent: a round closed already (cancelled, ended or with a vendor selected) stays as it is. */
    @CommandHandler
    void handle(CancelSourcingRoundCommand command) {
        if (view.open()) {
            apply(new SourcingRoundCancelledEvent(engagementId, roundId, command.reason(), command.cancelledBy()));
        }
    }

    private void open() {
        if (!view.open()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "RoundOpen", null,
                    "This sourcing round is " + closedAs() + "; it changes no more.");
        }
        if (view.selectionPending()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "SelectionPending", null,
                    "The selection of " + view.selection().vendorName() + " waits for an approver; the round changes no more"
                            + " until it is decided.");
        }
    }

    private String closedAs() {
        return switch (view.status()) {
            case SourcingRoundView.CANCELLED -> "cancelled";
            case SourcingRoundView.ENDED -> "ended without a suitable vendor";
            case SourcingRoundView.SELECTED -> "closed with " + view.selection().vendorName() + " selected";
            default -> view.status().toLowerCase(Locale.ROOT);
        };
    }

    @CommandHandler
    void handle(ProposeSelectionCommand command) {
        open();
        var chosen = view.vendor(command.vendorId() == null ? "" : command.vendorId()).filter(v -> !v.dropped())
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorOnShortlist", "vendorId",
                        "Choose a vendor on this round's shortlist."));
        String rationale = text(command.rationale());
        if (rationale == null || rationale.length() < 20 || rationale.length() > 4000) {
            throw new BusinessRuleViolation("SelectionRationale", "rationale",
                    "Say why " + chosen.vendorName() + " is the choice (20 to 4,000 characters).");
        }
        var comparison = RoundComparison.of(view);
        var row = comparison.row(chosen.vendorId()).orElseThrow();
        if (!row.scored() || !row.quoted()) {
            throw new BusinessRuleViolation("SelectionNeedsScoredQuote", "vendorId", chosen.vendorName()
                    + " needs a quote and a score on every criterion before it can be selected.");
        }
        var given = command.rejections() == null ? List.<Rejection>of() : command.rejections();
        var rejections = new java.util.ArrayList<Rejection>();
        for (var other : view.activeShortlist()) {
            if (other.vendorId().equals(chosen.vendorId())) {
                continue;
            }
            String reason = given.stream().filter(r -> r != null && other.vendorId().equals(r.vendorId())).map(r -> text(r.reason()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (reason == null || reason.length() < 5) {
                throw new BusinessRuleViolation("RejectedVendorsNeedReason", "rejections",
                        "Say why " + other.vendorName() + " was not chosen (at least 5 characters).");
            }
            rejections.add(new Rejection(other.vendorId(), other.vendorName(), reason));
        }
        var waivers = command.waivers() == null ? List.<Waiver>of() : command.waivers();
        var tidyWaivers = new java.util.ArrayList<Waiver>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            if (waiver == null || waiver.item() == null || !row.mandatoryFailed().contains(waiver.item())) {
                throw new BusinessRuleViolation("WaiverForFailedMandatoryItem", "waivers[" + i + "]",
                        "Waive only a mandatory item " + chosen.vendorName() + " failed.");
            }
            String reason = text(waiver.reason());
            if (reason == null || reason.length() < 10) {
                throw new BusinessRuleViolation("MandatoryFailureNeedsWaiver", "waivers[" + i + "]",
                        "Say why the failed " + waiver.item().label().toLowerCase(Locale.ROOT)
                                + " check is accepted (at least 10 characters).");
            }
            tidyWaivers.add(new Waiver(waiver.item(), reason));
        }
        for (var failed : row.mandatoryFailed()) {
            if (tidyWaivers.stream().noneMatch(w -> w.item() == failed)) {
                throw new BusinessRuleViolation("MandatoryFailureNeedsWaiver", "waivers", chosen.vendorName() + " failed the mandatory "
                        + failed.label().toLowerCase(Locale.ROOT) + " check: it can be selected only with a waiver and its reason.");
            }
        }
        apply(new SelectionProposedEvent(engagementId, roundId, chosen.vendorId(), chosen.vendorName(), rationale,
                List.copyOf(rejections), List.copyOf(tidyWaivers), comparison, view.activeShortlist(), command.proposedBy()));
    }

    @CommandHandler
    void handle(ApproveSelectionCommand command) {
        var proposal = pendingProposal();
        if (proposal.proposedBy().equals(command.approvedBy())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.FORBIDDEN, "ApproverMustDifferFromProposer", null,
                    "You proposed this selection; another approver must decide it.");
        }
        apply(new VendorSelectedEvent(engagementId, roundId, proposal.vendorId(), proposal.vendorName(), proposal.rationale(),
                proposal.rejections(), proposal.waivers(), proposal.comparison(), proposal.shortlist(), proposal.proposedBy(),
                command.approvedBy(), text(command.comment())));
    }

    @CommandHandler
    void handle(RejectSelectionCommand command) {
        var proposal = pendingProposal();
        if (proposal.proposedBy().equals(command.rejectedBy())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.FORBIDDEN, "ApproverMustDifferFromProposer", null,
                    "You proposed this selection; another approver must decide it.");
        }
        String comment = text(command.comment());
        if (comment == null || comment.length() < 5) {
            throw new BusinessRuleViolation("SelectionRejectionComment", "comment", "Say why the selection is rejected.");
        }
        apply(new SelectionRejectedEvent(engagementId, roundId, proposal.vendorId(), proposal.vendorName(), proposal.proposedBy(),
                command.rejectedBy(), comment));
    }

    @CommandHandler
    void handle(EndSourcingRoundCommand command) {
        if (!view.open()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "RoundOpen", null,
                    "This sourcing round is " + closedAs() + "; it changes no more.");
        }
        String reason = text(command.reason());
        if (reason == null || reason.length() < 10) {
            throw new BusinessRuleViolation("EndReason", "reason",
                    "Say why no vendor is suitable (at least 10 characters); the assessment is reopened with it.");
        }
        apply(new SourcingRoundEndedEvent(engagementId, roundId, view.number(), reason, command.endedBy()));
    }

    private SelectionProposedEvent pendingProposal() {
        if (pendingProposal == null || !view.selectionPending()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "NoSelectionToDecide", null,
                    "No selection waits for a decision in this round.");
        }
        return pendingProposal;
    }

    @CommandHandler
    void handle(SetEvaluationCriteriaCommand command) {
        open();
        if (command.basedOnRevision() != view.criteriaRevision()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "CriteriaChangedMeanwhile", "basedOnRevision",
                    "The criteria are at revision " + view.criteriaRevision() + " now, not " + command.basedOnRevision()
                            + "; reload them and make your change again.");
        }
        List<Criterion> criteria = checkCriteria(command.criteria());
        if (view.scoringStarted() && (command.reason() == null || command.reason().strip().length() < 10)) {
            throw new BusinessRuleViolation("WeightsFrozen", "reason", "Scoring has started, so the weights are frozen: say why"
                    + " they change (at least 10 characters); the change makes a new revision.");
        }
        apply(new EvaluationCriteriaSetEvent(engagementId, roundId, view.criteriaRevision() + 1, criteria,
                command.reason() == null || command.reason().isBlank() ? null : command.reason().strip(), command.setBy()));
    }

    @CommandHandler
    void handle(ShortlistVendorCommand command) {
        open();
        if (view.vendor(command.vendorId()).filter(v -> !v.dropped()).isPresent()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ShortlistedOnce", "vendorId",
                    command.vendorName() + " is on the shortlist already.");
        }
        apply(new VendorShortlistedEvent(engagementId, roundId, command.vendorId(), command.vendorName(), command.vendorVersion(),
                command.shortlistedBy()));
    }

    @CommandHandler
    void handle(DropShortlistedVendorCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.reason() == null || command.reason().strip().length() < 5) {
            throw new BusinessRuleViolation("DropReasonRequired", "reason", "Say why " + name + " leaves the shortlist.");
        }
        apply(new ShortlistedVendorDroppedEvent(engagementId, roundId, command.vendorId(), name, command.reason().strip(),
                command.droppedBy()));
    }

    @CommandHandler
    void handle(RecordRequestForProposalCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.sentOn() == null) {
            throw new BusinessRuleViolation("RfpSentOnRequired", "sentOn", "Give the day the request for proposal was sent.");
        }
        if (command.dueOn() == null || !command.dueOn().isAfter(command.sentOn())) {
            throw new BusinessRuleViolation("RfpDueAfterSent", "dueOn", "The answer is due after the day the request was sent.");
        }
        apply(new RequestForProposalRecordedEvent(engagementId, roundId, command.vendorId(), name, command.sentOn(),
                command.dueOn(), command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordQuoteCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.channel() == null || !view.channels().contains(command.channel())) {
            throw new BusinessRuleViolation("QuoteChannelInScope", "channel", "Quote for a channel of the round's scope: "
                    + String.join(", ", view.channels().stream().map(Channel::label).toList()) + ".");
        }
        QuoteRules.check(command.quote());
        if (!command.quote().pricingModel().fits(command.channel())) {
            throw new BusinessRuleViolation("QuoteModelFitsChannel", "quote.pricingModel", command.quote().pricingModel().label()
                    + " pricing does not apply to " + command.channel().label() + ".");
        }
        if (command.volume() == null || command.cost() == null) {
            throw new IllegalArgumentException("a quote is recorded with the volume it was priced at and its figures");
        }
        int revision = view.vendor(command.vendorId()).flatMap(v -> v.quote(command.channel())).map(q -> q.revision()).orElse(0) + 1;
        apply(new QuoteRecordedEvent(engagementId, roundId, command.vendorId(), name, command.channel(), command.region(), revision,
                command.quote(), command.volume(), command.cost(), command.recordedBy()));
    }

    @CommandHandler
    void handle(SetMandatoryDueDiligenceCommand command) {
        open();
        var items = command.items() == null ? List.<DueDiligenceItem>of()
                : command.items().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        apply(new MandatoryDueDiligenceSetEvent(engagementId, roundId, items, command.setBy()));
    }

    @CommandHandler
    void handle(RecordDueDiligenceCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.item() == null) {
            throw new BusinessRuleViolation("DueDiligenceItemRequired", "item", "Choose the due-diligence item.");
        }
        if (command.outcome() == null) {
            throw new BusinessRuleViolation("DueDiligenceOutcomeRequired", "outcome", "Say whether it passed, failed or is a risk.");
        }
        String evidence = text(command.evidence());
        if (evidence == null || evidence.length() < 10 || evidence.length() > 4000) {
            throw new BusinessRuleViolation("EvidenceRequired", "evidence",
                    "Note the evidence the outcome rests on (10 to 4,000 characters).");
        }
        var references = command.references() == null ? List.<ReferenceCheck>of() : command.references();
        for (int i = 0; i < references.size(); i++) {
            ReferenceCheck r = references.get(i);
            if (r == null || text(r.contact()) == null || text(r.company()) == null || text(r.outcome()) == null) {
                throw new BusinessRuleViolation("ReferenceNamed", "references[" + i + "]",
                        "Name who was contacted, at which company, and what they said.");
            }
        }
        if (command.item() == DueDiligenceItem.REFERENCES && references.isEmpty()) {
            throw new BusinessRuleViolation("ReferenceNamed", "references",
                    "List the references contacted: who, at which company, and what they said.");
        }
        apply(new DueDiligenceRecordedEvent(engagementId, roundId, command.vendorId(), name, command.item(), command.outcome(),
                evidence, references.stream().map(r -> new ReferenceCheck(text(r.contact()), text(r.company()), text(r.outcome())))
                .toList(), command.recordedBy()));
    }

    @CommandHandler
    void handle(LogTestCallCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        TestCall call = command.call();
        if (call == null || call.madeOn() == null) {
            throw new BusinessRuleViolation("TestCallDated", "call.madeOn", "Give the day the test call was made.");
        }
        if (call.madeOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new BusinessRuleViolation("TestCallDated", "call.madeOn", "A test call is logged once it was made, not before.");
        }
        if (call.channel() == null) {
            throw new BusinessRuleViolation("TestCallChannel", "call.channel", "Choose the channel the test contact used.");
        }
        String scenario = text(call.scenario());
        if (scenario == null || scenario.length() < 5 || scenario.length() > 500) {
            throw new BusinessRuleViolation("TestCallScenario", "call.scenario",
                    "Describe the scenario played as a customer (5 to 500 characters).");
        }
        if (call.waitSeconds() != null && (call.waitSeconds() < 0 || call.waitSeconds() > 86_400)) {
            throw new BusinessRuleViolation("DurationInRange", "call.waitSeconds", "The wait is 0 to 86,400 seconds.");
        }
        if (call.handleSeconds() != null && (call.handleSeconds() < 0 || call.handleSeconds() > 86_400)) {
            throw new BusinessRuleViolation("DurationInRange", "call.handleSeconds", "The handling is 0 to 86,400 seconds.");
        }
        onScale(call.clarity(), "call.clarity", "Language clarity");
        onScale(call.courtesy(), "call.courtesy", "Courtesy");
        apply(new TestCallLoggedEvent(engagementId, roundId, command.vendorId(), name, new TestCall(call.madeOn(), call.channel(),
                scenario, call.waitSeconds(), call.handleSeconds(), call.resolved(), call.clarity(), call.courtesy(),
                text(call.notes())), command.loggedBy()));
    }

    @CommandHandler
    void handle(RecordReviewFindingCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        ReviewFinding finding = command.finding();
        String source = finding == null ? null : text(finding.source());
        if (source == null || source.length() > 200) {
            throw new BusinessRuleViolation("ReviewSourceNamed", "finding.source",
                    "Name where the reviews were read (at most 200 characters).");
        }
        if (finding.sentiment() == null) {
            throw new BusinessRuleViolation("ReviewSentimentRequired", "finding.sentiment", "Say whether they are positive, mixed or negative.");
        }
        String summary = text(finding.summary());
        if (summary == null || summary.length() < 10 || summary.length() > 2000) {
            throw new BusinessRuleViolation("ReviewSummarised", "finding.summary", "Summarise what they say (10 to 2,000 characters).");
        }
        apply(new ReviewFindingRecordedEvent(engagementId, roundId, command.vendorId(), name,
                new ReviewFinding(source, finding.sentiment(), summary), command.recordedBy()));
    }

    @CommandHandler
    void handle(ScoreVendorCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        var scores = command.scores() == null ? List.<Score>of() : command.scores();
        Set<String> criterionCodes = codes(view.criteria());
        var seen = new HashSet<String>();
        var tidy = new java.util.ArrayList<Score>();
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            String field = "scores[" + i + "]";
            if (score == null || score.criterionCode() == null || !criterionCodes.contains(score.criterionCode())) {
                throw new BusinessRuleViolation("ScoreOnCriterion", field + ".criterionCode",
                        "Score the round's criteria (revision " + view.criteriaRevision() + ") only.");
            }
            if (!seen.add(score.criterionCode())) {
                throw new BusinessRuleViolation("ScoredOnce", field + ".criterionCode", score.criterionCode() + " is scored twice.");
            }
            if (score.score() < Score.MIN || score.score() > Score.MAX) {
                throw new BusinessRuleViolation("ScoreWithinScale", field + ".score",
                        "A score is " + Score.MIN + " (poor) to " + Score.MAX + " (excellent).");
            }
            String comment = text(score.comment());
            if (comment == null || comment.length() > 1000) {
                throw new BusinessRuleViolation("ScoreHasComment", field + ".comment",
                        "Give the reason for each score (at most 1,000 characters).");
            }
            tidy.add(new Score(score.criterionCode(), score.score(), comment));
        }
        if (!seen.equals(criterionCodes)) {
            throw new BusinessRuleViolation("ScoreEveryCriterion", "scores",
                    "Score every criterion of revision " + view.criteriaRevision() + " (" + criterionCodes.size() + " of them).");
        }
        apply(new VendorScoredEvent(engagementId, roundId, command.vendorId(), name, view.criteriaRevision(), List.copyOf(tidy),
                command.evaluator()));
    }

    private static void onScale(int rating, String field, String what) {
        if (rating < TestCall.SCALE_MIN || rating > TestCall.SCALE_MAX) {
            throw new BusinessRuleViolation("RatingWithinScale", field,
                    what + " is rated " + TestCall.SCALE_MIN + " (poor) to " + TestCall.SCALE_MAX + " (excellent).");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String onShortlist(String vendorId) {
        return view.vendor(vendorId == null ? "" : vendorId).filter(v -> !v.dropped()).map(v -> v.vendorName())
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorOnShortlist", "vendorId",
                        "That vendor is not on this round's shortlist."));
    }

    /** The criteria tidied, after every rule of them held. */
    static List<Criterion> checkCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new BusinessRuleViolation("CriteriaRequired", "criteria", "Give at least one criterion.");
        }
        var names = new HashSet<String>();
        var codes = new HashSet<String>();
        int sum = 0;
        var tidy = new java.util.ArrayList<Criterion>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null || c.name() == null || c.name().isBlank() || c.name().strip().length() > 120) {
                throw new BusinessRuleViolation("CriterionNamed", field + ".name", "Name each criterion (at most 120 characters).");
            }
            if (c.weightPercent() < 0 || c.weightPercent() > 100) {
                throw new BusinessRuleViolation("WeightInRange", field + ".weightPercent", "A weight is 0 to 100 %.");
            }
            String code = c.code() == null || c.code().isBlank()
                    ? c.name().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "")
                    : c.code().strip();
            if (!names.add(c.name().strip().toLowerCase(Locale.ROOT)) || !codes.add(code)) {
                throw new BusinessRuleViolation("CriteriaDistinct", field + ".name", c.name().strip() + " is listed twice.");
            }
            sum += c.weightPercent();
            tidy.add(new Criterion(code, c.name().strip(), c.weightPercent()));
        }
        if (sum != 100) {
            throw new BusinessRuleViolation("WeightsSumTo100", "criteria", "The weights sum to " + sum + " %, not 100 %.");
        }
        return List.copyOf(tidy);
    }

    /**
     * Every event of the round: the round's view follows it (the live view's own function), and the
     * pending proposal is kept whole, since its approval carries exactly what was proposed.
     */
    @EventSourcingHandler
    void on(EngagementEvent event, @Timestamp Instant at) {
        view = RoundFolds.round(view, event, at);
        switch (event) {
            case SourcingRoundOpenedEvent e -> {
                roundId = e.roundId();
                engagementId = e.engagementId();
            }
            case SelectionProposedEvent e -> pendingProposal = e;
            case VendorSelectedEvent e -> pendingProposal = null;
            case SelectionRejectedEvent e -> pendingProposal = null;
            case SourcingRoundCancelledEvent e -> pendingProposal = null;
            case SourcingRoundEndedEvent e -> pendingProposal = null;
            default -> {
                // the view holds the rest
            }
        }
    }

    private static Set<String> codes(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
