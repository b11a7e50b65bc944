package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.command.ApproveSelectionCommand;
import org.outsourcingdesk.sourcing.api.command.DropShortlistedVendorCommand;
import org.outsourcingdesk.sourcing.api.command.EndSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.LogTestCallCommand;
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
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.FindSourcingRoundQuery;
import org.outsourcingdesk.sourcing.api.query.SelectionView;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.domain.quote.QuoteRules;

/**
 * An engagement's sourcing round as procurement works it: criteria, shortlist, requests for proposal,
 * quotes, due diligence, test calls, online reviews and scores. Each call waits until the round shows
 * the change (read your own write).
 */
@ApplicationScoped
public class SourcingWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;
    @Inject
    VendorRegistry registry;
    @Inject
    QuoteCosting costing;

    public Optional<SourcingRoundView> round(EngagementId engagementId) {
        return queries.query(new FindSourcingRoundQuery(engagementId), ResponseTypes.optionalInstanceOf(SourcingRoundView.class))
                .join();
    }

    /** The engagement's round, or a 409 naming why there is none. */
    public SourcingRoundView current(EngagementId engagementId) {
        return round(engagementId).orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT,
                "SourcingRoundOpen", null, "This engagement has no sourcing round: one opens when its outsourcing decision is approved."));
    }

    public boolean setCriteria(EngagementId engagementId, int basedOnRevision, List<Criterion> criteria, String reason, Origin origin) {
        var round = current(engagementId);
        send(new SetEvaluationCriteriaCommand(round.roundId(), basedOnRevision, criteria, reason, origin.username()), origin);
        return await(engagementId, r -> r.criteriaRevision() > basedOnRevision);
    }

    /** Shortlists an active registry vendor as its profile stands now. */
    public boolean shortlist(EngagementId engagementId, String vendorId, Origin origin) {
        var round = current(engagementId);
        var vendor = registry.find(vendorId == null ? "" : vendorId).filter(v -> !v.archived())
                .orElseThrow(() -> new BusinessRuleViolation("VendorInRegistry", "vendorId",
                        "Choose an active vendor of the registry."));
        send(new ShortlistVendorCommand(round.roundId(), vendor.vendorId(), vendor.profile().name(), vendor.version(),
                origin.username()), origin);
        return await(engagementId, r -> r.activeShortlist().stream().anyMatch(e -> e.vendorId().equals(vendorId)));
    }

    public boolean drop(EngagementId engagementId, String vendorId, String reason, Origin origin) {
        var round = current(engagementId);
        send(new DropShortlistedVendorCommand(round.roundId(), vendorId, reason, origin.username()), origin);
        return await(engagementId, r -> r.activeShortlist().stream().noneMatch(e -> e.vendorId().equals(vendorId)));
    }

    public boolean recordRequestForProposal(EngagementId engagementId, String vendorId, LocalDate sentOn, LocalDate dueOn,
                                            Origin origin) {
        var round = current(engagementId);
        send(new RecordRequestForProposalCommand(round.roundId(), vendorId, sentOn, dueOn, origin.username()), origin);
        return await(engagementId, r -> r.shortlist().stream().anyMatch(e -> e.vendorId().equals(vendorId)
                && sentOn.equals(e.rfpSentOn()) && dueOn.equals(e.rfpDueOn())));
    }

    /**
     * Records a shortlisted vendor's quote for a channel, priced at the approved forecast and held
     * against the rate card's band for the region it is delivered from (one of the vendor's).
     */
    public boolean recordQuote(EngagementId engagementId, String vendorId, Channel channel, String region, Quote quote,
                               Origin origin) {
        var round = current(engagementId);
        var vendor = registry.find(vendorId == null ? "" : vendorId).orElseThrow(() -> new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "VendorOnShortlist", "vendorId", "That vendor is not on this round's shortlist."));
        var regions = vendor.profile().deliveryLocations().stream().map(l -> l.region()).distinct().toList();
        String deliveredFrom = region == null || region.isBlank() ? (regions.size() == 1 ? regions.get(0) : null) : region.strip();
        if (deliveredFrom == null || !regions.contains(deliveredFrom)) {
            throw new BusinessRuleViolation("RegionOfVendor", "region", "Choose the region the work is delivered from, one of "
                    + vendor.profile().name() + "'s: " + String.join(", ", regions) + ".");
        }
        if (channel == null || !round.channels().contains(channel)) {
            throw new BusinessRuleViolation("QuoteChannelInScope", "channel", "Quote for a channel of the round's scope.");
        }
        QuoteRules.check(quote);
        var volume = costing.roundVolume(engagementId, channel, quote.currency());
        var cost = costing.cost(quote, volume, deliveredFrom);
        int before = round.vendor(vendorId).flatMap(v -> v.quote(channel)).map(q -> q.revision()).orElse(0);
        send(new RecordQuoteCommand(round.roundId(), vendorId, channel, deliveredFrom, quote, volume, cost, origin.username()), origin);
        return await(engagementId, r -> r.vendor(vendorId).flatMap(v -> v.quote(channel)).map(q -> q.revision() > before)
                .orElse(false));
    }

    public boolean setMandatoryDueDiligence(EngagementId engagementId, List<DueDiligenceItem> items, Origin origin) {
        var round = current(engagementId);
        var wanted = items == null ? List.<DueDiligenceItem>of() : items.stream().filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
        send(new SetMandatoryDueDiligenceCommand(round.roundId(), wanted, origin.username()), origin);
        return await(engagementId, r -> r.mandatoryDueDiligence().equals(wanted));
    }

    public boolean recordDueDiligence(EngagementId engagementId, String vendorId, DueDiligenceItem item, DueDiligenceOutcome outcome,
                                      String evidence, List<ReferenceCheck> references, Origin origin) {
        var round = current(engagementId);
        var before = round.vendor(vendorId == null ? "" : vendorId).flatMap(v -> v.check(item)).map(c -> c.recordedAt());
        send(new RecordDueDiligenceCommand(round.roundId(), vendorId, item, outcome, evidence, references, origin.username()), origin);
        return await(engagementId, r -> !r.vendor(vendorId).flatMap(v -> v.check(item)).map(c -> c.recordedAt()).equals(before));
    }

    public boolean logTestCall(EngagementId engagementId, String vendorId, TestCall call, Origin origin) {
        var round = current(engagementId);
        int before = round.vendor(vendorId == null ? "" : vendorId).map(v -> v.testCalls().size()).orElse(0);
        send(new LogTestCallCommand(round.roundId(), vendorId, call, origin.username()), origin);
        return await(engagementId, r -> r.vendor(vendorId).map(v -> v.testCalls().size() > before).orElse(false));
    }

    public boolean recordReview(EngagementId engagementId, String vendorId, ReviewFinding finding, Origin origin) {
        var round = current(engagementId);
        int before = round.vendor(vendorId == null ? "" : vendorId).map(v -> v.reviews().size()).orElse(0);
        send(new RecordReviewFindingCommand(round.roundId(), vendorId, finding, origin.username()), origin);
        return await(engagementId, r -> r.vendor(vendorId).map(v -> v.reviews().size() > before).orElse(false));
    }

    /** The signed-in user's scores of a vendor, replacing their earlier ones. */
    public boolean score(EngagementId engagementId, String vendorId, List<Score> scores, Origin origin) {
        var round = current(engagementId);
        var before = round.vendor(vendorId == null ? "" : vendorId).flatMap(v -> v.scores().stream()
                .filter(s -> s.evaluator().equals(origin.username())).findFirst()).map(s -> s.scoredAt());
        send(new ScoreVendorCommand(round.roundId(), vendorId, scores, origin.username()), origin);
        return await(engagementId, r -> !r.vendor(vendorId).flatMap(v -> v.scores().stream()
                .filter(s -> s.evaluator().equals(origin.username())).findFirst()).map(s -> s.scoredAt()).equals(before));
    }

    /** Proposes a shortlisted vendor as the round's choice; an approver other than the proposer decides. */
    public boolean proposeSelection(EngagementId engagementId, String vendorId, String rationale, List<Rejection> rejections,
                                    List<Waiver> waivers, Origin origin) {
        var round = current(engagementId);
        send(new ProposeSelectionCommand(round.roundId(), vendorId, rationale, rejections, waivers, origin.username()), origin);
        return await(engagementId, SourcingRoundView::selectionPending);
    }

    public boolean approveSelection(EngagementId engagementId, String comment, Origin origin) {
        var round = current(engagementId);
        send(new ApproveSelectionCommand(round.roundId(), comment, origin.username()), origin);
        return await(engagementId, r -> SourcingRoundView.SELECTED.equals(r.status()));
    }

    public boolean rejectSelection(EngagementId engagementId, String comment, Origin origin) {
        var round = current(engagementId);
        send(new RejectSelectionCommand(round.roundId(), comment, origin.username()), origin);
        return await(engagementId, r -> r.selection() != null && SelectionView.REJECTED.equals(r.selection().status()));
    }

    /** Ends the round with no suitable vendor; the assessment is reopened with the reason. */
    public boolean end(EngagementId engagementId, String reason, Origin origin) {
        var round = current(engagementId);
        send(new EndSourcingRoundCommand(round.roundId(), reason, origin.username()), origin);
        return await(engagementId, r -> SourcingRoundView.ENDED.equals(r.status()));
    }

    private boolean await(EngagementId engagementId, Predicate<SourcingRoundView> shows) {
        return ReadModels.await(() -> round(engagementId).filter(shows), READ_YOUR_WRITE).isPresent();
    }

    private void send(Object command, Origin origin) {
        origin.send(commands, command);
    }
}
