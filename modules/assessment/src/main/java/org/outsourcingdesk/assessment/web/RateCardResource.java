package org.outsourcingdesk.assessment.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.application.RateCardAdministration;

/** The rate card over REST: everyone reads it, administrators revise it. */
@Path("rate-card")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rate card", description = "Prices (USD) outsourcing options are costed with, and exchange rates")
public class RateCardResource {

    @Inject
    RateCardAdministration rateCard;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The current rate card", description = "Regions with their hourly, shared per-minute and "
            + "outbound bands, the commission premium, the version, who revised it and when.")
    public RateCardVersion current() {
        return rateCard.version(null).orElseThrow(() -> new NotFoundException("There is no rate card yet."));
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every version of the rate card, newest first")
    public List<RateCardVersion> versions() {
        return rateCard.versions();
    }

    @GET
    @Path("versions/{version}")
    @Operation(summary = "One version of the rate card")
    @APIResponse(responseCode = "404", description = "No such version")
    public RateCardVersion version(@PathParam("version") int version) {
        return rateCard.version(version).orElseThrow(() -> new NotFoundException("There is no rate card version " + version + "."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Revise the rate card", description = "The prices become a new version. basedOnVersion is the "
            + "version you edited; if someone revised it meanwhile, the revision is refused with 409.")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "403", description = "Only administrators revise the rate card")
    @APIResponse(responseCode = "409", description = "The rate card changed meanwhile")
    @APIResponse(responseCode = "422", description = "A band or region breaks a rule, naming the field")
    public Response revise(@NotNull @Valid Revision revision) {
        boolean visible = rateCard.revise(revision.basedOnVersion(), revision.content(), revision.note(),
                Origin.request(security.getUserPrincipal().getName()));
        return (visible ? Response.ok() : Response.accepted()).entity(rateCard.version(null).orElse(null)).build();
    }

    /** A revision of the rate card. */
    @Schema(name = "RateCardRevision")
    public record Revision(@Schema(description = "The version you edited") int basedOnVersion,
                           @NotNull RateCardContent content, @Schema(description = "Why") String note) {
    }

}
