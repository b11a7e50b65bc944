package org.outsourcingdesk.sourcing.web;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.RequestValues;
import org.outsourcingdesk.platform.web.Problem;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;
import org.outsourcingdesk.sourcing.application.VendorRegistry;

/** The vendor registry over REST: everyone signed in reads it; procurement staff and administrators keep it. */
@Path("vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors", description = "The registry of providers every engagement shares")
public class VendorResource {

    @Inject
    VendorRegistry registry;
    @Context
    SecurityContext security;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search the registry", description = "Every filter is optional and all must hold; by name. "
            + "Archived vendors only with includeArchived=true.")
    @APIResponse(responseCode = "200", description = "The vendors that match")
    @APIResponse(responseCode = "422", description = "An unknown kind or channel, naming the parameter")
    public List<VendorView> search(
            @QueryParam("q") @Parameter(description = "In the name, places, regions, languages, certifications or notes") String text,
            @QueryParam("kind") @Parameter(description = "CALL_CENTER, FREELANCE_MARKETPLACE, SOCIAL_MEDIA_AGENCY, "
                    + "EMAIL_SUPPORT_PROVIDER or REMOTE_TEAM") String kind,
            @QueryParam("country") @Parameter(description = "ISO 3166 alpha-2, headquarters or delivery") String country,
            @QueryParam("region") @Parameter(description = "A rate-card region code of a delivery location") String region,
            @QueryParam("channel") @Parameter(description = "A channel it serves") String channel,
            @QueryParam("language") String language,
            @QueryParam("certification") @Parameter(description = "Held and valid today") String certification,
            @QueryParam("coverage24x7") Boolean coverage24x7,
            @QueryParam("includeArchived") boolean includeArchived) {
        return registry.search(new VendorFilter(text, RequestValues.named(VendorKind.class, kind, "kind"), country, region,
                RequestValues.named(Channel.class, channel, "channel"), language, certification, coverage24x7, includeArchived));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One vendor as the registry knows it now")
    @APIResponse(responseCode = "404", description = "No vendor has this id")
    public VendorView get(@PathParam("id") String id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("No vendor has the id " + id + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROCUREMENT", "ADMIN"})
    @Operation(summary = "Register a vendor", description = "Name, kind, headquarters country (ISO alpha-2), at least one "
            + "delivery location with its rate-card region, and at least one channel are required.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed input")
    @APIResponse(responseCode = "403", description = "Only procurement staff and administrators keep the registry")
    @APIResponse(responseCode = "409", description = "An active vendor already has this name")
    @APIResponse(responseCode = "422", description = "The profile breaks a rule, naming the field and the rule")
    public Response register(@NotNull @Valid VendorProfile profile) {
        String id = registry.register(profile, origin());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(registry.find(id).orElse(null)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROCUREMENT", "ADMIN"})
    @Operation(summary = "Change a vendor's profile", description = "The whole profile, as edited from basedOnVersion; "
            + "if someone changed the vendor meanwhile, the change is refused with 409.")
    @APIResponse(responseCode = "200", description = "The vendor as it now stands")
    @APIResponse(responseCode = "202", description = "Changed, but the registry has not caught up yet")
    @APIResponse(responseCode = "404", description = "No vendor has this id")
    @APIResponse(responseCode = "409", description = "Changed meanwhile, archived, or the name is taken")
    @APIResponse(responseCode = "422", description = "The profile breaks a rule, or nothing changed")
    public Response revise(@PathParam("id") String id, @NotNull @Valid Revision revision) {
        get(id);
        boolean visible = registry.revise(id, revision.basedOnVersion(), revision.profile(), origin());
        return (visible ? Response.ok() : Response.accepted()).entity(registry.find(id).orElse(null)).build();
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROCUREMENT", "ADMIN"})
    @Operation(summary = "Archive a vendor", description = "It leaves the active registry, with the reason; its history stays.")
    @APIResponse(responseCode = "200", description = "The vendor as it now stands")
    @APIResponse(responseCode = "404", description = "No vendor has this id")
    @APIResponse(responseCode = "409", description = "Archived already")
    @APIResponse(responseCode = "422", description = "No reason given")
    public Response archive(@PathParam("id") String id, @NotNull @Valid Archival archival) {
        get(id);
        boolean visible = registry.archive(id, archival.reason(), origin());
        return (visible ? Response.ok() : Response.accepted()).entity(registry.find(id).orElse(null)).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"PROCUREMENT", "ADMIN"})
    @Operation(summary = "Import vendors from CSV", description = "A header row, then one vendor a line: name, kind, "
            + "headquarters_country, delivery_locations (country:city:region|...), languages (language:proficiency|...), "
            + "channels (A|B), coverage_24x7 (yes/no), certifications (name:yyyy-mm-dd|...), size, website, notes. All or "
            + "nothing: if any line is wrong, none is registered and every problem is listed with its line.")
    @APIResponse(responseCode = "200", description = "Every vendor registered; their ids")
    @APIResponse(responseCode = "422", description = "Nothing registered; problem+json listing every problem by line and column")
    public Response importCsv(String csv) {
        var report = registry.importCsv(csv, origin());
        if (report.imported()) {
            return Response.ok(report).build();
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(Problem.fileRefused(report.problems(), "no vendor was registered"))
                .build();
    }

    /** A change to a vendor's profile. */
    @Schema(name = "VendorRevision")
    public record Revision(@Schema(description = "The version you edited") int basedOnVersion, @NotNull VendorProfile profile) {
    }

    /** Why a vendor leaves the registry. */
    @Schema(name = "VendorArchival")
    public record Archival(String reason) {
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
