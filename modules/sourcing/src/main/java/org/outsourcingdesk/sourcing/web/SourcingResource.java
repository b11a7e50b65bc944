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
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.application.SourcingWork;

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
        return EngagementId.parse(id).flatMap(engagement -> queries.query(new FindEngagementQuery(engagement),
                        ResponseTypes.optionalInstanceOf(EngagementView.class)).join())
                .map(view -> new EngagementId(view.id()))
                .orElseThrow(() -> new NotFoundException("There is no engagement with id " + id + "."));
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
