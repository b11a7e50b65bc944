package org.outsourcingdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.platform.axon.ReadModelStatus;

/** Where each read model and policy stands against the event store: for operators and auditors. */
@Path("audit/read-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({"AUDITOR", "ADMIN"})
public class ReadModelResource {

    @Inject
    ReadModelStatus status;

    @GET
    @Operation(summary = "Each event processor: running, retrying after an error (and which), its position and the store's head")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators see the processors")
    public List<ProcessorView> processors() {
        return status.processors().stream().map(p -> new ProcessorView(p.name(), p.kind(), p.tables(), p.running(),
                p.inError(), p.error(), p.position(), p.head(), p.behind(), p.caughtUp(), p.replaying())).toList();
    }

    /** One processor as the API shows it. */
    public record ProcessorView(String processor, String kind, List<String> tables, boolean running, boolean inError,
                                String error, long position, long head, long behind, boolean caughtUp, boolean replaying) {
    }
}
