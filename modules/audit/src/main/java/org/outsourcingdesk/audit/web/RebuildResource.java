package org.outsourcingdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.axon.ReadModelRebuild;

/** Rebuilding the read models from the event store, with digests that prove them equal to the live ones. */
@Path("audit/rebuilds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({"AUDITOR", "ADMIN"})
public class RebuildResource {

    @Inject
    ReadModelRebuild rebuild;
    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Rebuild every read model from the event store", description = "Each read model is digested, "
            + "rebuilt from the first event, and digested again; the digests must be equal. Changes no data: read-only in "
            + "effect, so auditors may run it too. Pages show empty tables for the moments a model is being rebuilt.")
    @APIResponse(responseCode = "202", description = "Started; Location follows it")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators rebuild the read models")
    public Response start(@Context UriInfo uri) {
        var run = rebuild.start(security.getUserPrincipal().getName()).orElseThrow(() -> new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "RebuildRunning", null, "A rebuild is already running; follow it instead."));
        return Response.accepted(RebuildView.of(run)).location(uri.getAbsolutePathBuilder().path("latest").build()).build();
    }

    @GET
    @Path("latest")
    @Operation(summary = "The latest rebuild: each read model's digests before and after, and whether they are equal")
    @APIResponse(responseCode = "404", description = "No rebuild has run since the product started")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators see rebuilds")
    public RebuildView latest() {
        return rebuild.latest().map(RebuildView::of).orElseThrow(() -> new NotFoundException("No rebuild has run yet."));
    }

    /** A rebuild as the API shows it. */
    public record RebuildView(String id, String startedBy, Instant startedAt, boolean done, Instant finishedAt,
                              boolean allEqual, String error, List<ModelView> models) {
        static RebuildView of(ReadModelRebuild.Run run) {
            return new RebuildView(run.getId(), run.getStartedBy(), run.getStartedAt(), run.done(), run.getFinishedAt(),
                    run.allEqual(), run.getError(), run.getModels().stream().map(m -> new ModelView(m.getProcessor(),
                    m.getTables(), m.getState(), m.getPosition(), m.getHead(), m.getBefore(), m.getAfter())).toList());
        }
    }

    /** One read model in a rebuild. */
    public record ModelView(String processor, List<String> tables, String state, long position, long head,
                            String digestBefore, String digestAfter) {
    }
}
