package org.outsourcingdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.integrity.Checkpoint;
import org.outsourcingdesk.integrity.Verification;

/**
 * Tamper evidence over REST: the public key, the signed checkpoints, verifications of the event
 * store with their progress and findings, and the export that the offline command verifies.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Integrity of the decision record: chain, checkpoints, verification, export")
public class IntegrityResource {

    @Inject
    IntegrityService integrity;
    @Inject
    IntegrityKeys key;
    @Inject
    org.outsourcingdesk.audit.integrity.ChainSealer sealer;
    @Context
    SecurityContext security;
    @Context
    jakarta.servlet.ServletContext servletContext;

    @GET
    @Path("public-key")
    @Operation(summary = "The public key checkpoints are signed with", description = "Ed25519, PEM; verify exports with it.")
    public PublicKeyView publicKey() {
        return new PublicKeyView(key.keyId(), "Ed25519", key.publicPem());
    }

    @GET
    @Path("public-key.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "The public key as a PEM file", description = "For the offline command: java -jar desk-verify.jar export.jsonl public-key.pem")
    public Response publicKeyPem() {
        return Response.ok(key.publicPem()).header("Content-Disposition", "attachment; filename=\"outsourcing-desk-public-key.pem\"").build();
    }

    @GET
    @Path("desk-verify.jar")
    @Produces("application/java-archive")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "The offline verifier", description = "The command that verifies an export with only the export and "
            + "the public key: java -jar desk-verify.jar export.jsonl public-key.pem (Java 21 or newer).")
    @APIResponse(responseCode = "404", description = "This build does not carry the verifier")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators download the verifier")
    public Response verifier() {
        var jar = servletContext.getResourceAsStream(VERIFIER);
        if (jar == null) {
            throw new jakarta.ws.rs.NotFoundException("This build does not carry desk-verify.jar; build it with the integrity module.");
        }
        return Response.ok((StreamingOutput) out -> {
            try (jar) {
                jar.transferTo(out);
            }
        }).header("Content-Disposition", "attachment; filename=\"desk-verify.jar\"").build();
    }

    /** Where the WAR carries the offline verifier (the app module copies the integrity module's shaded jar there). */
    public static final String VERIFIER = "/WEB-INF/tools/desk-verify.jar";

    @GET
    @Path("sealer")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "Whether this node's sealer is sealing", description = "It stops, and says why, when the "
            + "database no longer extends the chain it sealed and signed (links rewritten, checkpoints deleted).")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators see the sealer")
    public SealerView sealer() {
        return new SealerView(sealer.alarm() == null, sealer.alarm());
    }

    /** The sealer's state on this node. */
    public record SealerView(boolean sealing, String alarm) {
    }

    @GET
    @Path("checkpoints")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "The signed checkpoints of the chain's head, oldest first")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators read the checkpoints")
    public List<Checkpoint> checkpoints() throws SQLException {
        return integrity.checkpoints();
    }

    @POST
    @Path("verifications")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "Verify the event store", description = "Starts a verification of every stored event against "
            + "the chain and the signed checkpoints; answers 202 with where to follow its progress.")
    @APIResponse(responseCode = "202", description = "Started; Location follows it")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators verify the event store")
    public Response verify(@Context UriInfo uri) {
        var run = integrity.start(security.getUserPrincipal().getName());
        return Response.accepted(RunView.of(run)).location(uri.getAbsolutePathBuilder().path(run.id).build()).build();
    }

    @GET
    @Path("verifications/{id}")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "A verification: its progress, and what it found once done")
    @APIResponse(responseCode = "404", description = "No such verification (they live until the product restarts)")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators follow a verification")
    public RunView verification(@PathParam("id") String id) {
        return integrity.run(id).map(RunView::of)
                .orElseThrow(() -> new NotFoundException("There is no verification " + id + "."));
    }

    @GET
    @Path("export.jsonl")
    @Produces("application/x-ndjson")
    @RolesAllowed({"AUDITOR", "ADMIN"})
    @Operation(summary = "Export every event with its integrity data", description = "JSON Lines: a header with the "
            + "public key, every position of the global order (stored bytes, readable data, link), every checkpoint. "
            + "Verify offline: java -jar desk-verify.jar export.jsonl public-key.pem")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators export the event store")
    public Response export() {
        StreamingOutput body = out -> {
            try {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                integrity.export(writer);
                writer.flush();
            } catch (SQLException e) {
                throw new java.io.IOException("could not read the event store: " + e.getMessage(), e);
            }
        };
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"outsourcing-desk-events-" + Instant.now().toString().replace(':', '-') + ".jsonl\"").build();
    }

    /** The published key. */
    public record PublicKeyView(String keyId, String algorithm, String publicKey) {
    }

    /** A verification as the API shows it. */
    public record RunView(String id, String startedBy, Instant startedAt, boolean done, long checked, long total,
                          Instant finishedAt, Boolean intact, String summary, Long eventsVerified, Long unsealedEvents,
                          Long intactUpToCheckpoint, Verification.Break firstBreak, String error) {
        static RunView of(IntegrityService.Run run) {
            var result = run.result();
            return new RunView(run.id, run.startedBy, run.startedAt, run.done(), run.checked(), run.total,
                    run.finishedAt(), result == null ? null : result.intact(), result == null ? run.error() : result.summary(),
                    result == null ? null : result.eventsVerified(), result == null ? null : result.unsealedEvents(),
                    result == null ? null : result.intactUpToCheckpoint(), result == null ? null : result.firstBreak(),
                    run.error());
        }
    }
}
