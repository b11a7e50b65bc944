package org.outsourcingdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.audit.api.query.EventLogPage;
import org.outsourcingdesk.audit.api.query.FindEventLogQuery;
import org.outsourcingdesk.audit.application.EventLog;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** The event log across all engagements over REST: filtered pages, and exports as JSON Lines and CSV. */
@Path("audit/events")
@RequestScoped
@Tag(name = "Audit")
@RolesAllowed({"AUDITOR", "ADMIN"})
public class EventLogResource {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    EventLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the event log, newest first", description = "Filters: engagement (id), module (a "
            + "stage such as assessment), type (e.g. AssessmentDecisionApprovedEvent), actor, from/to (ISO-8601 instants, "
            + "to exclusive). Paging: before=<globalIndex> for older events, after=<globalIndex> for newer; limit up to 500.")
    @APIResponse(responseCode = "422", description = "An unreadable instant, naming the field")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators read the event log")
    public EventLogPage page(@BeanParam EventLogFilter filter, @QueryParam("before") Long before,
                             @QueryParam("after") Long after, @QueryParam("limit") @DefaultValue("50") int limit) {
        return log.page(query(filter, before, after, limit));
    }

    @GET
    @Path("export.jsonl")
    @Produces("application/x-ndjson")
    @Operation(summary = "The matching events as JSON Lines", description = "Every matching event, oldest first, with "
            + "its metadata, its data and its integrity data (the link sealing it, when sealed).")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators export the event log")
    public Response jsonLines(@BeanParam EventLogFilter filter) {
        var query = query(filter, null, null, FindEventLogQuery.MAX_LIMIT);
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            log.writeJsonLines(query, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"event-log.jsonl\"").build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The matching events as CSV", description = "One row per event, oldest first: position, time, "
            + "engagement, module, type, actor, roles, summary, correlation, causation and request ids, link.")
    @APIResponse(responseCode = "403", description = "Only auditors and administrators export the event log")
    public Response csv(@BeanParam EventLogFilter filter) {
        var query = query(filter, null, null, FindEventLogQuery.MAX_LIMIT);
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            log.writeCsv(query, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"event-log.csv\"").build();
    }

    private static FindEventLogQuery query(EventLogFilter f, Long before, Long after, int limit) {
        return query(f.engagement, f.module, f.type, f.actor, f.from, f.to, before, after, limit);
    }

    static FindEventLogQuery query(String engagement, String module, String type, String actor, String from, String to,
                                   Long before, Long after, int limit) {
        if (limit < 1 || limit > FindEventLogQuery.MAX_LIMIT) {
            throw new BusinessRuleViolation("LimitOutOfRange", "limit", "A page holds 1 to " + FindEventLogQuery.MAX_LIMIT + " events.");
        }
        return new FindEventLogQuery(engagement, module, type, actor, instant(from, "from"), instant(to, "to"), before, after, limit);
    }

    private static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(text.strip());
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new BusinessRuleViolation("InstantOutOfRange", field, "Give a moment between the years 1 and 9999.");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation("InstantFormat", field, "'" + text + "' is not an instant such as 2026-11-27T10:00:00Z.");
        }
    }
}
