package org.outsourcingdesk.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.application.Dossier;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/** An engagement's decision dossier as a PDF. */
@Path("audit/engagements/{id}/dossier.pdf")
@RequestScoped
@Tag(name = "Audit")
public class DossierResource {

    @Inject
    Dossier dossier;
    @Inject
    QueryGateway queries;
    @Context
    SecurityContext security;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The engagement's decision dossier (PDF)", description = "Every decision with who proposed and "
            + "decided, when, why and on which figures; the timeline; the integrity proof.")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public Response pdf(@PathParam("id") String id) {
        EngagementView engagement = EngagementLookup.find(queries, id)
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
        String user = security.getUserPrincipal().getName();
        StreamingOutput body = out -> dossier.write(engagement, user, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"dossier-" + engagement.reference() + ".pdf\"")
                .build();
    }
}
