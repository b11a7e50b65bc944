package org.outsourcingdesk.sourcing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
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
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.application.SourcingWork;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/** An engagement's sourcing round over REST: everyone reads it; procurement works it. */
@Path("engagements/{id}/sourcing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sourcing", description = "The sourcing round of an engagement: criteria, shortlist, requests for proposal")
public class SourcingResource {

    @Inject
    SourcingWork work;
    @Inject
    QueryGateway queries;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The engagement's sourcing round", description = "Opened when its outsourcing decision is approved: "
            + "the decision's scope, the criteria with their weights and revision, the shortlist with each request for proposal.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no sourcing round")
    public SourcingRoundView get(@PathParam("id") String id) {
        return work.round(engagementId(id)).orElseThrow(() -> new NotFoundException(
                "This engagement has no sourcing round: one opens when its outsourcing decision is approved."));
    }

    @GET
    @Path("comparison")
    @Operation(summary = "The shortlisted vendors side by side", description = "For each vendor still on the shortlist: the "
            + "evaluators' mean score per criterion and the weighted total (sum of weight x mean / 5, 0 to 100, null until every "
            + "criterion is scored), the average annual cost and saving of its current quotes, due-diligence counts and the "
            + "mandatory items it failed, test-call averages and review tones.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no sourcing round")
    public RoundComparison comparison(@PathParam("id") String id) {
        return RoundComparison.of(get(id));
    }

    @PUT
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the criteria and weights", description = "Whole percents summing to 100 over distinct, named "
            + "criteria, from the revision you edited (409 if it changed meanwhile).")
    @APIResponse(responseCode = "200", description = "The round as it now stands")
    @APIResponse(responseCode = "409", description = "Changed meanwhile, or no round")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response criteria(@PathParam("id") String id, @NotNull CriteriaChange change) {
        var engagement = engagementId(id);
        return answer(engagement, work.setCriteria(engagement, change.basedOnRevision(), change.criteria(), change.reason(), origin()));
    }

    @POST
    @Path("shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Shortlist a vendor of the registry", description = "The vendor as its profile stands now (its version is kept).")
    @APIResponse(responseCode = "200", description = "The round as it now stands")
    @APIResponse(responseCode = "409", description = "On the shortlist already, or no round")
    @APIResponse(responseCode = "422", description = "No such active vendor")
    public Response shortlist(@PathParam("id") String id, @NotNull Shortlisting shortlisting) {
        var engagement = engagementId(id);
        return answer(engagement, work.shortlist(engagement, shortlisting.vendorId(), origin()));
    }

    @POST
    @Path("shortlist/{vendorId}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Take a vendor off the shortlist, with the reason")
    @APIResponse(responseCode = "409", description = "Not on the shortlist")
    @APIResponse(responseCode = "422", description = "No reason")
    public Response drop(@PathParam("id") String id, @PathParam("vendorId") String vendorId, @NotNull Dropping dropping) {
        var engagement = engagementId(id);
        return answer(engagement, work.drop(engagement, vendorId, dropping.reason(), origin()));
    }

    @PUT
    @Path("shortlist/{vendorId}/rfp")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record the request for proposal sent to a shortlisted vendor", description = "The day it was sent and the day its answer is due.")
    @APIResponse(responseCode = "409", description = "Not on the shortlist")
    @APIResponse(responseCode = "422", description = "A date missing, or due before it was sent")
    public Response rfp(@PathParam("id") String id, @PathParam("vendorId") String vendorId, @NotNull Rfp rfp) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordRequestForProposal(engagement, vendorId, rfp.sentOn(), rfp.dueOn(), origin()));
    }

    @PUT
    @Path("shortlist/{vendorId}/quotes/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record a shortlisted vendor's quote for a channel", description = "Priced at the approved assessment's "
            + "forecast for the channel (a year's contacts, handle time, scheduled agent hours) and compared with its in-house cost; "
            + "the rate is held against the rate card's band for the region the work is delivered from (one of the vendor's "
            + "delivery regions; may be left out when it has one). A later quote for the channel replaces it as the current one; "
            + "each is kept in the history with its figures.")
    @APIResponse(responseCode = "200", description = "The round as it now stands, the quote with its figures and workings")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, or the round is cancelled")
    @APIResponse(responseCode = "422", description = "A field the pricing model needs, the region or the channel, named")
    public Response quote(@PathParam("id") String id, @PathParam("vendorId") String vendorId,
                          @PathParam("channel") @Parameter(description = "A channel of the round's scope") String channel,
                          @NotNull QuoteEntry entry) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordQuote(engagement, vendorId, channel(channel), entry.region(), entry.quote(), origin()));
    }

    @PUT
    @Path("due-diligence/mandatory")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Say which due-diligence items are mandatory", description = "A vendor with a failed mandatory item "
            + "cannot be selected unless the approved selection waives it, with a reason. The list replaces the earlier one.")
    public Response mandatory(@PathParam("id") String id, @NotNull MandatoryItems items) {
        var engagement = engagementId(id);
        return answer(engagement, work.setMandatoryDueDiligence(engagement, items.items(), origin()));
    }

    @PUT
    @Path("shortlist/{vendorId}/due-diligence/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record a due-diligence item for a shortlisted vendor", description = "PASSED, RISK or FAILED, with "
            + "the evidence; for REFERENCES, the references contacted (who, company, what they said). Replaces the item's "
            + "earlier outcome; the history keeps both.")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, or the round is cancelled")
    @APIResponse(responseCode = "422", description = "Outcome, evidence or a reference missing, named")
    public Response dueDiligence(@PathParam("id") String id, @PathParam("vendorId") String vendorId,
                                 @PathParam("item") @Parameter(description = "DATA_PROTECTION, ASSET_PROTECTION, REFERENCES, "
                                         + "LABOUR_LAW, CLIENT_RULES, LANGUAGE, INCENTIVES, CALL_RECORDING or TURNOVER") String item,
                                 @NotNull CheckEntry check) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordDueDiligence(engagement, vendorId, item(item), check.outcome(), check.evidence(),
                check.references(), origin()));
    }

    @POST
    @Path("shortlist/{vendorId}/test-calls")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Log a mystery-shopper test call", description = "Day, channel, scenario, wait and handle time in "
            + "seconds, resolved or not, language clarity and courtesy from 1 to 5, notes.")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, or the round is cancelled")
    @APIResponse(responseCode = "422", description = "A field missing or out of range, named")
    public Response testCall(@PathParam("id") String id, @PathParam("vendorId") String vendorId, @NotNull TestCall call) {
        var engagement = engagementId(id);
        return answer(engagement, work.logTestCall(engagement, vendorId, call, origin()));
    }

    @POST
    @Path("shortlist/{vendorId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record an online-review finding", description = "Where the reviews were read, their tone "
            + "(POSITIVE, MIXED, NEGATIVE) and a summary.")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, or the round is cancelled")
    @APIResponse(responseCode = "422", description = "A field missing, named")
    public Response review(@PathParam("id") String id, @PathParam("vendorId") String vendorId, @NotNull ReviewFinding finding) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordReview(engagement, vendorId, finding, origin()));
    }

    @PUT
    @Path("shortlist/{vendorId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Score a shortlisted vendor as the signed-in evaluator", description = "A score from 1 to 5 with a "
            + "reason for every criterion of the current revision; replaces your earlier scores of the vendor. The first "
            + "score freezes the weights: changing them afterwards needs a reason.")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, or the round is cancelled")
    @APIResponse(responseCode = "422", description = "A criterion unscored, a score off the scale or without a reason, named")
    public Response score(@PathParam("id") String id, @PathParam("vendorId") String vendorId, @NotNull Scoring scoring) {
        var engagement = engagementId(id);
        return answer(engagement, work.score(engagement, vendorId, scoring.scores(), origin()));
    }

    @POST
    @Path("selection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Propose the vendor to select", description = "A shortlisted vendor with a quote and a score on every "
            + "criterion, the rationale, a reason for every other vendor on the shortlist, and a waiver with its reason for each "
            + "mandatory due-diligence item the vendor failed. The round changes no more until an approver decides.")
    @APIResponse(responseCode = "200", description = "The round as it now stands, the selection pending")
    @APIResponse(responseCode = "409", description = "Not on the shortlist, a selection pending already, or the round closed")
    @APIResponse(responseCode = "422", description = "Rationale, a rejection reason or a waiver missing; no quote or scores")
    public Response propose(@PathParam("id") String id, @NotNull SelectionProposal proposal) {
        var engagement = engagementId(id);
        return answer(engagement, work.proposeSelection(engagement, proposal.vendorId(), proposal.rationale(),
                proposal.rejections(), proposal.waivers(), origin()));
    }

    @POST
    @Path("selection/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Approve the proposed selection", description = "By an approver other than the proposer. The vendor is "
            + "selected with the comparison as it stood when proposed, and the engagement moves to contracting.")
    @APIResponse(responseCode = "403", description = "Not an approver, or the proposer")
    @APIResponse(responseCode = "409", description = "No selection waits for a decision")
    public Response approve(@PathParam("id") String id, Decision decision) {
        var engagement = engagementId(id);
        return answer(engagement, work.approveSelection(engagement, decision == null ? null : decision.comment(), origin()));
    }

    @POST
    @Path("selection/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Reject the proposed selection, saying why", description = "By an approver other than the proposer; the round goes on.")
    @APIResponse(responseCode = "403", description = "Not an approver, or the proposer")
    @APIResponse(responseCode = "409", description = "No selection waits for a decision")
    @APIResponse(responseCode = "422", description = "No comment")
    public Response reject(@PathParam("id") String id, @NotNull Decision decision) {
        var engagement = engagementId(id);
        return answer(engagement, work.rejectSelection(engagement, decision.comment(), origin()));
    }

    @POST
    @Path("end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "End the round with no suitable vendor", description = "By an approver, with the reason; the engagement's "
            + "assessment is reopened with it.")
    @APIResponse(responseCode = "409", description = "The round is closed already")
    @APIResponse(responseCode = "422", description = "No reason")
    public Response end(@PathParam("id") String id, @NotNull Ending ending) {
        var engagement = engagementId(id);
        return answer(engagement, work.end(engagement, ending.reason(), origin()));
    }

    @Schema(name = "SelectionProposal")
    public record SelectionProposal(String vendorId, String rationale,
                                    @Schema(description = "A reason for every other vendor on the shortlist") List<Rejection> rejections,
                                    @Schema(description = "One for each mandatory item the vendor failed") List<Waiver> waivers) {
    }

    @Schema(name = "SelectionDecision")
    public record Decision(String comment) {
    }

    @Schema(name = "RoundEnding")
    public record Ending(String reason) {
    }

    @Schema(name = "RoundQuoteEntry")
    public record QuoteEntry(@Schema(description = "The rate-card region the work is delivered from") String region, Quote quote) {
    }

    @Schema(name = "MandatoryDueDiligence")
    public record MandatoryItems(List<DueDiligenceItem> items) {
    }

    @Schema(name = "DueDiligenceEntry")
    public record CheckEntry(DueDiligenceOutcome outcome, String evidence, List<ReferenceCheck> references) {
    }

    @Schema(name = "Scoring")
    public record Scoring(List<Score> scores) {
    }

    private static Channel channel(String name) {
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("QuoteChannelInScope", "channel", "There is no channel " + name + ".");
        }
    }

    private static DueDiligenceItem item(String name) {
        try {
            return DueDiligenceItem.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no due-diligence item " + name + ".");
        }
    }

    @Schema(name = "CriteriaChange")
    public record CriteriaChange(int basedOnRevision, List<Criterion> criteria, String reason) {
    }

    @Schema(name = "Shortlisting")
    public record Shortlisting(String vendorId) {
    }

    @Schema(name = "ShortlistDropping")
    public record Dropping(String reason) {
    }

    @Schema(name = "RequestForProposal")
    public record Rfp(LocalDate sentOn, LocalDate dueOn) {
    }

    private Response answer(EngagementId engagement, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.round(engagement).orElse(null)).build();
    }

    private EngagementId engagementId(String id) {
        return EngagementLookup.find(queries, id).map(view -> new EngagementId(view.id()))
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
