package org.outsourcingdesk.assessment.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.application.AssessmentWork;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/**
 * An engagement's assessment over REST: its inputs (read and replace), the figures computed from
 * them, and the decision (propose, approve, reject, reopen).
 */
@Path("engagements/{id}/assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "Demand, staffing, in-house cost, options and the decision of an engagement")
public class AssessmentResource {

    @Inject
    AssessmentWork work;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The assessment as it stands",
            description = "Status, the recorded demand profile, cost baseline and factors (null until recorded), the "
                    + "proposal waiting for approval, the decision, and the last rejection and reopening.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public AssessmentView get(@PathParam("id") String id) {
        return work.assessment(engagementId(id));
    }

    @GET
    @Path("demand")
    @Operation(summary = "The demand profile", description = "Per channel: volume, handle time, busiest hour or hourly "
            + "profile, opening hours, service target, languages, expert and face-to-face shares, growth.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or no demand profile is recorded")
    public DemandProfile demand(@PathParam("id") String id) {
        return present(work.assessment(engagementId(id)).demand(), "demand profile");
    }

    @PUT
    @Path("demand")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record the demand profile", description = "Replaces the recorded one; refused while a decision "
            + "is proposed or once it is decided. Per channel, volume, handle time, opening hours, the target and (without "
            + "an hourly profile) the busiest hour are required; shares and growth default to 0, concurrency to 1.")
    @APIResponse(responseCode = "200", description = "Recorded; the assessment as it now stands")
    @APIResponse(responseCode = "202", description = "Recorded, but the assessment view has not caught up yet")
    @APIResponse(responseCode = "400", description = "Malformed input, naming the field")
    @APIResponse(responseCode = "403", description = "Only procurement staff record assessments")
    @APIResponse(responseCode = "409", description = "The assessment is proposed or decided")
    @APIResponse(responseCode = "422", description = "A figure breaks a rule, naming the field and the rule")
    public Response putDemand(@PathParam("id") String id, @NotNull @Valid DemandProfile profile) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.recordDemand(engagementId, profile, origin()));
    }

    @GET
    @Path("cost-baseline")
    @Operation(summary = "The in-house cost baseline", description = "In the engagement's currency.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or no baseline is recorded")
    public CostBaseline baseline(@PathParam("id") String id) {
        return present(work.assessment(engagementId(id)).baseline(), "cost baseline");
    }

    @PUT
    @Path("cost-baseline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record the in-house cost baseline", description = "Replaces the recorded one. Every figure "
            + "is required; amounts are in the engagement's currency (currency may be omitted, or must be that one).")
    @APIResponse(responseCode = "200", description = "Recorded; the assessment as it now stands")
    @APIResponse(responseCode = "202", description = "Recorded, but the assessment view has not caught up yet")
    @APIResponse(responseCode = "403", description = "Only procurement staff record assessments")
    @APIResponse(responseCode = "409", description = "The assessment is proposed or decided")
    @APIResponse(responseCode = "422", description = "An amount or rate breaks a rule, naming the field and the rule")
    public Response putBaseline(@PathParam("id") String id, @NotNull @Valid CostBaseline baseline) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.recordBaseline(engagement(id), baseline, origin()));
    }

    @GET
    @Path("factors")
    @Operation(summary = "The qualitative factors", description = "Each factor's rating (LOW, MEDIUM, HIGH) and note.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or no factors are rated")
    public QualitativeFactors factors(@PathParam("id") String id) {
        return present(work.assessment(engagementId(id)).factors(), "factor ratings");
    }

    @PUT
    @Path("factors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Rate the qualitative factors", description = "Replaces the recorded ratings.")
    @APIResponse(responseCode = "200", description = "Recorded; the assessment as it now stands")
    @APIResponse(responseCode = "403", description = "Only procurement staff record assessments")
    @APIResponse(responseCode = "409", description = "The assessment is proposed or decided")
    @APIResponse(responseCode = "422", description = "A rating breaks a rule, naming the field and the rule")
    public Response putFactors(@PathParam("id") String id, @NotNull @Valid QualitativeFactors factors) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.recordFactors(engagementId, factors, origin()));
    }

    @GET
    @Path("staffing")
    @Operation(summary = "Staffing per channel", description = "Computed from the demand profile: traffic, agents, "
            + "service level, average speed of answer, occupancy, scheduled agents, FTE, and the target sensitivity.")
    @APIResponse(responseCode = "409", description = "No demand profile is recorded yet")
    public List<ChannelStaffing> staffing(@PathParam("id") String id) {
        return work.staffing(engagementId(id));
    }

    @GET
    @Path("options")
    @Operation(summary = "Every figure: staffing, in-house cost, outsourcing options, recommendation",
            description = "Computed live with the current rate card and exchange rate: each region and pricing model "
                    + "that fits each channel, its annual cost range, saving and break-even volume, and the rules "
                    + "behind the recommendation. A proposed or decided assessment keeps its own figures in its events.")
    @APIResponse(responseCode = "409", description = "The demand profile or the cost baseline is missing, or there is no exchange rate for the currency")
    public AssessmentFigures options(@PathParam("id") String id) {
        return work.figures(engagement(id));
    }

    @POST
    @Path("decision/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Propose the decision", description = "Outcome, channels in scope, target regions, pricing "
            + "models and a rationale; the figures are computed and stored with the proposal.")
    @APIResponse(responseCode = "200", description = "Proposed; the assessment as it now stands")
    @APIResponse(responseCode = "403", description = "Only procurement staff propose")
    @APIResponse(responseCode = "409", description = "No demand profile or baseline, already proposed or decided, or no exchange rate")
    @APIResponse(responseCode = "422", description = "The rationale or scope breaks a rule, naming the field and the rule")
    public Response propose(@PathParam("id") String id, @NotNull @Valid ProposalRequest request) {
        var engagement = engagement(id);
        return answer(new EngagementId(engagement.id()), work.propose(engagement, request.outcome(), orEmpty(request.channels()),
                orEmpty(request.regions()), orEmpty(request.pricingModels()), request.rationale(), origin()));
    }

    @POST
    @Path("decision/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Approve the proposed decision", description = "By an approver other than the proposer. "
            + "Outsourcing, hybrid and remote team move the engagement to sourcing; keep in-house closes it.")
    @APIResponse(responseCode = "200", description = "Approved; the assessment as it now stands")
    @APIResponse(responseCode = "403", description = "Not an approver, or the approver proposed it")
    @APIResponse(responseCode = "409", description = "There is no proposal to approve")
    public Response approve(@PathParam("id") String id, @Valid CommentRequest request) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.approve(engagementId, request == null ? null : request.comment(), origin()));
    }

    @POST
    @Path("decision/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Reject the proposed decision", description = "With a comment; the analyst can work on it again.")
    @APIResponse(responseCode = "200", description = "Rejected; the assessment as it now stands")
    @APIResponse(responseCode = "403", description = "Not an approver, or the approver proposed it")
    @APIResponse(responseCode = "409", description = "There is no proposal to reject")
    @APIResponse(responseCode = "422", description = "The comment is missing")
    public Response reject(@PathParam("id") String id, @NotNull @Valid CommentRequest request) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.reject(engagementId, request.comment(), origin()));
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Reopen a decided assessment", description = "By an approver, with a reason; the engagement "
            + "returns to the assessment stage and the decision stays in the history.")
    @APIResponse(responseCode = "200", description = "Reopened; the assessment as it now stands")
    @APIResponse(responseCode = "403", description = "Only approvers reopen a decision")
    @APIResponse(responseCode = "409", description = "The assessment is not decided")
    @APIResponse(responseCode = "422", description = "The reason is missing")
    public Response reopen(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        var engagementId = engagementId(id);
        return answer(engagementId, work.reopen(engagementId, request.reason(), origin()));
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }

    private EngagementView engagement(String id) {
        return EngagementId.parse(id).flatMap(work::engagement)
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
    }

    private EngagementId engagementId(String id) {
        return new EngagementId(engagement(id).id());
    }

    private Response answer(EngagementId id, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.assessment(id)).build();
    }

    private static <T> T present(T value, String what) {
        if (value == null) {
            throw new NotFoundException("No " + what + " is recorded for this engagement yet.");
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
