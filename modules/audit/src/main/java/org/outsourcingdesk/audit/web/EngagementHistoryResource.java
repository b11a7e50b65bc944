package org.outsourcingdesk.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.audit.api.query.FindHistoryNotesQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.audit.api.query.HistoryNoteView;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/** An engagement's history over REST. */
@Path("engagements/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements")
public class EngagementHistoryResource {

    @Inject
    QueryGateway queries;

    @GET
    @Operation(summary = "An engagement's history",
            description = "Its events in order, each with time, actor (and actorName, the display name), roles, a readable "
                    + "summary and the payload; with decisions=true only its decisions (opened, proposed, approved, rejected, "
                    + "reopened, ...), each with its rationale and figures in the payload, and for an approval, rejection or "
                    + "review the proposal it answers (proposal: who, name, roles, when, its sequence).")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<HistoryEntry> history(@PathParam("id") String id,
                                      @jakarta.ws.rs.QueryParam("decisions") @jakarta.ws.rs.DefaultValue("false") boolean decisions) {
        return entries(queries, id, decisions);
    }

    /** An engagement's events, or only its decisions, as this resource and the auditors' ({@link AsOfResource}) answer them. */
    static List<HistoryEntry> entries(QueryGateway queries, String id, boolean decisions) {
        var engagementId = EngagementLookup.find(queries, id).map(e -> new EngagementId(e.id()))
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
        var entries = queries.query(new FindEngagementHistoryQuery(engagementId, decisions),
                ResponseTypes.multipleInstancesOf(HistoryEntryView.class)).join();
        var notes = new java.util.HashMap<String, HistoryNoteView>();
        queries.query(new FindHistoryNotesQuery(engagementId), ResponseTypes.multipleInstancesOf(HistoryNoteView.class)).join()
                .forEach(note -> notes.put(note.eventId(), note));
        return entries.stream().map(v -> HistoryEntry.of(v, notes.get(v.eventId()))).toList();
    }

    /**
     * One event as the API shows it: the stored payload as JSON, not as text; the actor's display name
     * ({@code actorName}, null when unknown) and, for an answer, the proposal it answers (null otherwise).
     */
    public record HistoryEntry(long sequence, long globalIndex, String eventId, String type, String revision,
                               Instant occurredAt, String actor, String actorName, List<String> roles, String summary,
                               JsonValue payload, String correlationId, String causationId, String requestId,
                               boolean decision, HistoryNoteView.Proposal proposal) {
        static HistoryEntry of(HistoryEntryView v, HistoryNoteView note) {
            try (var reader = Json.createReader(new StringReader(v.payloadJson()))) {
                return new HistoryEntry(v.sequence(), v.globalIndex(), v.eventId(), v.type(), v.revision(),
                        v.occurredAt(), v.actor(), note == null ? null : note.actorName(), v.roles(), v.summary(),
                        reader.readValue(), v.correlationId(), v.causationId(), v.requestId(), v.decision(),
                        note == null ? null : note.proposal());
            }
        }
    }
}
