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
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
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
            description = "Its events in order, each with time, actor, roles, a readable summary and the payload; "
                    + "with decisions=true only its decisions (opened, proposed, approved, rejected, reopened, ...), "
                    + "each with its rationale and figures in the payload.")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<HistoryEntry> history(@PathParam("id") String id,
                                      @jakarta.ws.rs.QueryParam("decisions") @jakarta.ws.rs.DefaultValue("false") boolean decisions) {
        var engagementId = EngagementLookup.find(queries, id).map(e -> new EngagementId(e.id()))
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
        return queries.query(new FindEngagementHistoryQuery(engagementId, decisions),
                ResponseTypes.multipleInstancesOf(HistoryEntryView.class)).join()
                .stream().map(HistoryEntry::of).toList();
    }

    /** One event as the API shows it: the stored payload as JSON, not as text. */
    public record HistoryEntry(long sequence, long globalIndex, String eventId, String type, String revision,
                               Instant occurredAt, String actor, List<String> roles, String summary,
                               JsonValue payload, String correlationId, String causationId, String requestId,
                               boolean decision) {
        static HistoryEntry of(HistoryEntryView v) {
            try (var reader = Json.createReader(new StringReader(v.payloadJson()))) {
                return new HistoryEntry(v.sequence(), v.globalIndex(), v.eventId(), v.type(), v.revision(),
                        v.occurredAt(), v.actor(), v.roles(), v.summary(), reader.readValue(), v.correlationId(),
                        v.causationId(), v.requestId(), v.decision());
            }
        }
    }
}
