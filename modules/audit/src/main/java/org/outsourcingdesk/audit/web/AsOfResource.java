package org.outsourcingdesk.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.audit.api.query.AsOfChange;
import org.outsourcingdesk.audit.api.query.AsOfView;
import org.outsourcingdesk.audit.application.AsOf;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/**
 * An engagement for auditors over REST: its decisions and its events (the history's, as
 * {@link EngagementHistoryResource} answers them), the engagement as of a past moment, and what changed
 * between two moments.
 */
@Path("audit/engagements/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AsOfResource {

    @Inject
    AsOf asOf;
    @Inject
    QueryGateway queries;

    @GET
    @Path("decisions")
    @Operation(summary = "An engagement's decisions", description = "The decision timeline: opened, proposed, approved, "
            + "rejected, reopened, selected, signed, review triggered, reviews opened and decided, ..., each with its time, actor, "
            + "roles, summary, and its rationale and figures in the payload; numbered by their place among all its events.")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<EngagementHistoryResource.HistoryEntry> decisions(@PathParam("id") String id) {
        return EngagementHistoryResource.entries(queries, id, true);
    }

    @GET
    @Path("events")
    @Operation(summary = "An engagement's events", description = "Every event of the engagement, of every stage, in the order "
            + "stored, each with time, actor, roles, correlation, a readable summary and the payload.")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<EngagementHistoryResource.HistoryEntry> events(@PathParam("id") String id) {
        return EngagementHistoryResource.entries(queries, id, false);
    }

    @GET
    @Path("as-of")
    @Operation(summary = "The engagement as it stood at a moment", description = "Folded from its events up to the "
            + "moment (at=ISO-8601 instant) or up to and including its n-th event (event=n, as the history numbers them), "
            + "with the functions the live views use; never from the current read tables.")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "422", description = "Neither or both of at and event, or an unreadable instant")
    public AsOfView asOf(@PathParam("id") String id, @QueryParam("at") String at, @QueryParam("event") Long event) {
        return view(engagement(id), at, event, "");
    }

    @GET
    @Path("changes")
    @Operation(summary = "What changed between two moments", description = "from/to as ISO-8601 instants, or "
            + "fromEvent/toEvent as event numbers; each change names the field, what it was and what it became.")
    @APIResponse(responseCode = "422", description = "A moment missing or unreadable")
    public List<AsOfChange> changes(@PathParam("id") String id, @QueryParam("from") String from,
                                    @QueryParam("fromEvent") Long fromEvent, @QueryParam("to") String to,
                                    @QueryParam("toEvent") Long toEvent) {
        var engagementId = engagement(id);
        return AsOf.changes(view(engagementId, from, fromEvent, "from"), view(engagementId, to, toEvent, "to"));
    }

    private AsOfView view(EngagementId id, String at, Long event, String prefix) {
        String atField = prefix.isEmpty() ? "at" : prefix;
        String eventField = prefix.isEmpty() ? "event" : prefix + "Event";
        if ((at == null) == (event == null)) {
            throw new BusinessRuleViolation("OneMomentRequired", atField,
                    "Give either " + atField + " (an instant such as 2026-11-27T10:00:00Z) or " + eventField + " (an event number).");
        }
        if (event != null) {
            if (event < 0) {
                throw new BusinessRuleViolation("EventNumberNotNegative", eventField, "Event numbers start at 1.");
            }
            return asOf.afterEvent(id, event);
        }
        try {
            Instant moment = Instant.parse(at);
            if (moment.isBefore(EventLogResource.EARLIEST) || moment.isAfter(EventLogResource.LATEST)) {
                throw new BusinessRuleViolation("InstantOutOfRange", atField, "Give a moment between the years 1 and 9999.");
            }
            return asOf.at(id, moment);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation("InstantFormat", atField,
                    "'" + at + "' is not an instant such as 2026-11-27T10:00:00Z.");
        }
    }

    private EngagementId engagement(String id) {
        return EngagementLookup.find(queries, id).map(e -> new EngagementId(e.id()))
                .orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
    }
}
