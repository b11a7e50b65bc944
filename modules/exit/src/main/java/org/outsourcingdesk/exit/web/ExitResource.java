package org.outsourcingdesk.exit.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.application.ExitWork;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.RequestValues;

/** An engagement's exit over REST: read by any role; procurement prepares and carries it out, an approver decides. */
@Path("engagements/{id}/exit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exit", description = "The exit plan and readiness, relationship reviews with the cost of each option, notice, transition, "
        + "settlement, and the return in-house or a new sourcing round")
public class ExitResource {

    @Inject
    ExitWork work;
    @Inject
    QueryGateway queries;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The engagement's exit case", description = "The checklist and readiness, the reviews (proposal, rejection, "
            + "decision), the notice, transition tasks, settlement and completion.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or its exit plan has not begun")
    public ExitView get(@PathParam("id") String id) {
        return work.exit(engagementId(id)).orElseThrow(() -> new NotFoundException(
                "This engagement has no exit plan yet: it begins when its contract becomes active."));
    }

    @GET
    @Path("comparison")
    @Operation(summary = "What each option costs over the horizon, as of today", description = "Renew, renegotiate, terminate for cause "
            + "or for convenience, let expire: each line by line against renewing, from the monitored charges and volumes, the "
            + "assessment's staffing model and cost baseline, and the contract's fees and notice. Changes nothing.")
    @APIResponse(responseCode = "422", description = "An input out of range, naming it")
    public CostComparison comparison(@PathParam("id") String id, @QueryParam("horizonMonths") Integer horizon,
                                     @QueryParam("parallelRunMonths") Integer parallel, @QueryParam("returnPath") String path,
                                     @QueryParam("sourcingRoundCost") BigDecimal roundCost,
                                     @QueryParam("renegotiationSavingPercent") BigDecimal saving) {
        return work.compare(engagementId(id), new ReviewInputs(horizon, parallel, RequestValues.named(ReturnPath.class, path, "returnPath"), roundCost, saving));
    }

    @PUT
    @Path("checklist/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Update a readiness item", description = "Owner, due day, status (OPEN, IN_PROGRESS, DONE), note.")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response item(@PathParam("id") String id, @PathParam("item") String item, @NotNull ItemUpdate update) {
        var engagement = engagementId(id);
        return answer(engagement, work.updateItem(engagement, RequestValues.named(ReadinessItem.class, item, "item"), update.owner(), update.dueOn(),
                update.status(), update.note(), origin()));
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Open a review of the relationship by hand", description = "With the reason. Monitoring triggers and approaching "
            + "notice deadlines open one by themselves.")
    @APIResponse(responseCode = "409", description = "A review is open already, or the relationship is ending")
    public Response openReview(@PathParam("id") String id, @NotNull Reason reason) {
        var engagement = engagementId(id);
        return answer(engagement, work.openReview(engagement, reason.reason(), origin()));
    }

    @POST
    @Path("reviews/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Propose an option", description = "RENEW, RENEGOTIATE, TERMINATE_FOR_CAUSE (evidence: a trigger id of the review "
            + "or a documented breach), TERMINATE_FOR_CONVENIENCE or LET_EXPIRE, with the rationale; the costs are compared with the inputs "
            + "given and stored with the proposal.")
    @APIResponse(responseCode = "409", description = "No review open, or a proposal awaits an approver")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response propose(@PathParam("id") String id, @NotNull @Valid Proposal proposal) {
        var engagement = engagementId(id);
        return answer(engagement, work.propose(engagement, proposal.option(), proposal.rationale(), proposal.evidence(), proposal.inputs(),
                origin()));
    }

    @POST
    @Path("reviews/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Approve the proposed option", description = "By an approver other than the proposer.")
    @APIResponse(responseCode = "403", description = "Not an approver, or the proposer")
    @APIResponse(responseCode = "409", description = "Nothing proposed")
    public Response approve(@PathParam("id") String id, Comment comment) {
        var engagement = engagementId(id);
        return answer(engagement, work.decide(engagement, true, comment == null ? null : comment.comment(), origin()));
    }

    @POST
    @Path("reviews/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Reject the proposed option", description = "With a comment; the review stays open.")
    @APIResponse(responseCode = "403", description = "Not an approver, or the proposer")
    @APIResponse(responseCode = "422", description = "No comment")
    public Response reject(@PathParam("id") String id, Comment comment) {
        var engagement = engagementId(id);
        return answer(engagement, work.decide(engagement, false, comment == null ? null : comment.comment(), origin()));
    }

    @POST
    @Path("notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Serve notice", description = "The day served and the day the service is to end; a notice too late for that "
            + "day is refused with the earliest possible end.")
    @APIResponse(responseCode = "409", description = "No approved ending, or notice served already")
    @APIResponse(responseCode = "422", description = "NoticeRespectsContract, with the earliest end")
    public Response notice(@PathParam("id") String id, @NotNull Notice notice) {
        var engagement = engagementId(id);
        return answer(engagement, work.serveNotice(engagement, notice.servedOn(), notice.endsOn(), origin()));
    }

    @POST
    @Path("tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Plan a transition task", description = "What, owner, due day.")
    public Response task(@PathParam("id") String id, @NotNull TransitionTask task) {
        var engagement = engagementId(id);
        return answer(engagement, work.addTask(engagement, task, origin()));
    }

    @POST
    @Path("tasks/{taskId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Mark a transition task done")
    public Response taskDone(@PathParam("id") String id, @PathParam("taskId") String taskId, @NotNull Done done) {
        var engagement = engagementId(id);
        return answer(engagement, work.completeTask(engagement, taskId, done.completedOn(), origin()));
    }

    @POST
    @Path("tasks/{taskId}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Waive a transition task", description = "With the reason.")
    public Response waive(@PathParam("id") String id, @PathParam("taskId") String taskId, @NotNull Reason reason) {
        var engagement = engagementId(id);
        return answer(engagement, work.waiveTask(engagement, taskId, reason.reason(), origin()));
    }

    @POST
    @Path("settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record the final settlement", description = "Last invoice, credits still owed, final amount, day settled.")
    public Response settlement(@PathParam("id") String id, @NotNull Settlement settlement) {
        var engagement = engagementId(id);
        return answer(engagement, work.settle(engagement, settlement, origin()));
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Complete the exit", description = "The day the vendor's service ended and where it goes: IN_HOUSE (the "
            + "engagement closes) or NEW_SOURCING_ROUND (a new round opens for it). Refused while a task is open unless waived.")
    @APIResponse(responseCode = "409", description = "TransitionTasksClosed, SettlementRecorded, NoticeServed")
    public Response complete(@PathParam("id") String id, @NotNull Completion completion) {
        var engagement = engagementId(id);
        return answer(engagement, work.complete(engagement, completion.path(), completion.serviceEndedOn(), origin()));
    }

    /** A readiness item's new state. */
    public record ItemUpdate(String owner, LocalDate dueOn, ItemStatus status, @Size(max = 4000) String note) {
    }

    /** Why. */
    public record Reason(@Size(max = 4000) String reason) {
    }

    /** A proposal, with the inputs its costs are compared with. */
    public record Proposal(ExitOption option, @Size(max = 4000) String rationale, @Size(max = 4000) String evidence, ReviewInputs inputs) {
    }

    /** An approver's comment. */
    public record Comment(@Size(max = 4000) String comment) {
    }

    /** Notice served. */
    public record Notice(LocalDate servedOn, LocalDate endsOn) {
    }

    /** A task done. */
    public record Done(LocalDate completedOn) {
    }

    /** The end of the vendor's service. */
    public record Completion(ReturnPath path, LocalDate serviceEndedOn) {
    }

    private Response answer(EngagementId engagement, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.exit(engagement).orElse(null)).build();
    }

    private EngagementId engagementId(String id) {
        return new EngagementId(EngagementLookup.find(queries, id).orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id))).id());
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
