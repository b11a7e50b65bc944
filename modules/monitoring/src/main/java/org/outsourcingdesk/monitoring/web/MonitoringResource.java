package org.outsourcingdesk.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.monitoring.application.KpiCsv;
import org.outsourcingdesk.monitoring.application.MonitoringExports;
import org.outsourcingdesk.monitoring.application.MonitoringWork;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.Problem;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** An engagement's monitoring over REST: read by any role, worked by procurement. */
@Path("engagements/{id}/monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Period KPIs judged against the contract, SLA breaches and credits, quality evidence, "
        + "invoices reconciled, governance log, review triggers")
public class MonitoringResource {

    @Inject
    MonitoringWork work;
    @Inject
    QueryGateway queries;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The engagement's monitoring", description = "The contract versions it judges by, each period with its "
            + "figures, charge, SLA results and credits, the review triggers, test calls, recording reviews, invoices as reconciled "
            + "and the governance log.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or its monitoring has not begun")
    public MonitoringView get(@PathParam("id") String id) {
        return work.monitoring(engagementId(id)).orElseThrow(() -> new NotFoundException(
                "This engagement is not monitored yet: monitoring begins when its contract becomes active."));
    }

    @GET
    @Path("periods")
    @Operation(summary = "The reported periods", description = "Each with its figures, the contract version it is judged by, its "
            + "charge at that version's rates, its SLA results and credits, and its amendments.")
    public List<MonitoringView.PeriodView> periods(@PathParam("id") String id) {
        return get(id).periods();
    }

    @POST
    @Path("periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Report periods", description = "One or more periods' figures, a line per channel: all taken or none. "
            + "A period reported already is amended and needs amendmentReason. Each period is judged at once by the contract "
            + "version in force on its first day.")
    @APIResponse(responseCode = "200", description = "The monitoring as it now stands")
    @APIResponse(responseCode = "409", description = "Not monitored yet")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field (reports[i]....)")
    public Response report(@PathParam("id") String id, @NotNull @Valid Reports reports) {
        var engagement = engagementId(id);
        return answer(engagement, work.report(engagement, reports.reports(), ReportSource.API, reports.amendmentReason(), origin()));
    }

    @GET
    @Path("periods/template.csv")
    @Produces("text/csv")
    @Operation(summary = "The CSV template for period reports", description = "The header row; see the user guide for the format.")
    public Response template(@PathParam("id") String id) {
        return Response.ok(KpiCsv.template()).header("Content-Disposition", "attachment; filename=\"kpi-template.csv\"").build();
    }

    @POST
    @Path("periods/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Import period reports from CSV", description = "A header row, then a line per period and channel (see the "
            + "template). All or nothing: if any line is wrong, no period is reported and every problem is listed with its line and "
            + "column. Periods reported already need the query parameter amendmentReason.")
    @APIResponse(responseCode = "200", description = "Every period reported")
    @APIResponse(responseCode = "409", description = "Not monitored yet")
    @APIResponse(responseCode = "422", description = "Nothing imported; problem+json listing every problem by line and column")
    public Response importCsv(@PathParam("id") String id, @QueryParam("amendmentReason") @Size(max = 2000) String amendmentReason,
                              String csv) {
        var report = work.importCsv(engagementId(id), csv, amendmentReason, origin());
        if (report.imported()) {
            return Response.ok(report).build();
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(Problem.fileRefused(report.problems(), "no period was reported"))
                .build();
    }

    @GET
    @Path("evaluations")
    @Operation(summary = "Each period's SLA results", description = "Per period: the version, each SLA's target and measure, met or "
            + "breached, and for a breach the credit and the amount credited within the cap.")
    public List<Evaluation> evaluations(@PathParam("id") String id) {
        return get(id).periods().stream().map(p -> new Evaluation(p.report().periodStart(), p.periodEnd(), p.contractVersion(),
                p.charge().amount(), p.credits(), p.results())).toList();
    }

    @GET
    @Path("triggers")
    @Operation(summary = "The review triggers", description = "Why each fired, in which period, with its evidence; open until the "
            + "exit stage's review closes it.")
    public List<MonitoringView.TriggerView> triggers(@PathParam("id") String id) {
        return get(id).triggers();
    }

    @POST
    @Path("test-calls")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Plan a test call", description = "Day (today or later), channel of the contract, scenario.")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response planTestCall(@PathParam("id") String id, @NotNull PlannedTestCall plan) {
        var engagement = engagementId(id);
        return answer(engagement, work.scheduleTestCall(engagement, plan, origin()));
    }

    @POST
    @Path("test-calls/log")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Log a test call made", description = "The planned call callId names (optional), the day made, channel, "
            + "scenario, wait and handle seconds, resolved, clarity and courtesy 1-5, notes.")
    @APIResponse(responseCode = "409", description = "The planned call is unknown or logged already")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response logTestCall(@PathParam("id") String id, @NotNull @Valid LoggedCall logged) {
        var engagement = engagementId(id);
        return answer(engagement, work.logTestCall(engagement, logged.callId(), logged.call(), origin()));
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record a call-recording review", description = "Day, sample size, average score (%), findings, the "
            + "feedback given to the vendor and when.")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response review(@PathParam("id") String id, @NotNull RecordingReview review) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordReview(engagement, review, origin()));
    }

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record and reconcile an invoice", description = "Number, period, billed minutes / hours / contacts, "
            + "amount and currency (with the exchange rate into the contract's currency when they differ). The answer holds the "
            + "reconciliation: expected (measured usage at the contracted rates minus credits), difference and causes.")
    @APIResponse(responseCode = "409", description = "The period is not reported, or the number is recorded already")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response invoice(@PathParam("id") String id, @NotNull Invoice invoice) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordInvoice(engagement, invoice, origin()));
    }

    @POST
    @Path("governance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record a governance meeting", description = "Type, day held, attendees, decisions, action items with "
            + "owner and due day.")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response meeting(@PathParam("id") String id, @NotNull GovernanceMeeting meeting) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordMeeting(engagement, meeting, origin()));
    }

    @POST
    @Path("governance/{meetingId}/items/{item}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Mark an action item done", description = "The day it was done and a note.")
    @APIResponse(responseCode = "409", description = "No such meeting or item, or done already")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response done(@PathParam("id") String id, @PathParam("meetingId") String meetingId, @PathParam("item") int item,
                         @NotNull Completion completion) {
        var engagement = engagementId(id);
        return answer(engagement, work.completeActionItem(engagement, meetingId, item, completion.completedOn(), completion.note(), origin()));
    }

    @GET
    @Path("export/{file}.csv")
    @Produces("text/csv")
    @Operation(summary = "Export as CSV", description = "file: kpis, sla-results, invoices, triggers, quality or governance.")
    @APIResponse(responseCode = "404", description = "No such file, engagement or monitoring")
    public Response export(@PathParam("id") String id, @PathParam("file") String file) {
        var kind = MonitoringExports.Kind.of(file).orElseThrow(() -> new NotFoundException("No export " + file
                + "; there are kpis, sla-results, invoices, triggers, quality and governance."));
        var view = get(id);
        return Response.ok(MonitoringExports.csv(view, kind)).header("Content-Disposition", "attachment; filename=\"monitoring-"
                + file + ".csv\"").build();
    }

    /** Periods to report, and why, when any is reported again. */
    public record Reports(@NotNull List<PeriodReport> reports, @Size(max = 2000) String amendmentReason) {
    }

    /** A test call made: the planned one it fulfils, if any. */
    public record LoggedCall(String callId, @NotNull TestCall call) {
    }

    /** An action item done. */
    public record Completion(LocalDate completedOn, @Size(max = 2000) String note) {
    }

    /** One period's judgement. */
    public record Evaluation(LocalDate periodStart, LocalDate periodEnd, int contractVersion, java.math.BigDecimal charge,
                             java.math.BigDecimal credits, List<org.outsourcingdesk.monitoring.api.model.SlaResult> results) {
    }

    private Response answer(EngagementId engagement, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.monitoring(engagement).orElse(null)).build();
    }

    private EngagementId engagementId(String id) {
        return new EngagementId(EngagementLookup.find(queries, id).orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id))).id());
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
