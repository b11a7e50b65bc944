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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.assessment.application.EngagementOpening;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/** Engagements over REST: open one, list them, read one. */
@Path("engagements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements", description = "Open engagements and read them")
public class EngagementResource {

    @Inject
    EngagementOpening opening;
    @Inject
    QueryGateway queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Open an engagement", description = "Only procurement staff may open engagements.")
    @APIResponse(responseCode = "201", description = "Opened; Location points at the new engagement")
    @APIResponse(responseCode = "202", description = "Opened and stored, but the engagement list has not caught up yet; Location will answer shortly")
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields at fault")
    @APIResponse(responseCode = "403", description = "Your role may not open engagements")
    public Response open(@Valid @NotNull OpenEngagementRequest request, @Context SecurityContext security,
                         @Context UriInfo uri) {
        var opened = opening.open(request.name(), request.businessUnit(), request.currency(),
                security.getUserPrincipal().getName());
        var location = uri.getAbsolutePathBuilder().path(opened.id().value()).build();
        // 202 when the engagement list has not caught up within the wait: stored, but not yet readable there
        return (opened.visible() ? Response.created(location) : Response.accepted().location(location))
                .entity(new OpenedEngagement(opened.id().value(), opened.reference()))
                .build();
    }

    @GET
    @Operation(summary = "List engagements", description = "All engagements, newest first.")
    public List<EngagementView> list() {
        return queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one engagement")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public EngagementView get(@PathParam("id") String id) {
        return EngagementLookup.find(queries, id).orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
    }

    /** The answer to opening: the new engagement's id and reference. */
    public record OpenedEngagement(String id, String reference) {
    }
}
