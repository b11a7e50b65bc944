package org.outsourcingdesk.contracting.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Arrays;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.application.ContractWork;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;

/** An engagement's contract over REST: read by any role, drafted by procurement. */
@Path("engagements/{id}/contract")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracting", description = "The contract with the selected vendor: term, SLAs and service credits, governance")
public class ContractResource {

    @Inject
    ContractWork work;
    @Inject
    QueryGateway queries;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The engagement's contract", description = "Drafted when a vendor's selection is approved, prefilled with "
            + "its quotes as selected; its term and SLAs once set, and whether the SLAs reward speed over service.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no contract")
    public ContractView get(@PathParam("id") String id) {
        return work.contract(engagementId(id)).orElseThrow(() -> new NotFoundException(
                "This engagement has no contract: one is drafted when a vendor's selection is approved."));
    }

    @GET
    @Path("sla-catalogue")
    @Operation(summary = "The metrics an SLA may use", description = "Each with its unit, whether higher is better, the threshold "
            + "it needs (seconds or hours) and whether it measures quality.")
    public List<CatalogueEntry> catalogue() {
        return Arrays.stream(SlaMetric.values()).map(m -> new CatalogueEntry(m, m.label(), m.unit(), m.higherIsBetter(),
                m.threshold().name(), m.quality())).toList();
    }

    @PUT
    @Path("term")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the draft's term", description = "First and last day, renewal (AUTOMATIC with its months, or "
            + "BY_DECISION), notice in days not to renew and to end for convenience, each shorter than the term.")
    @APIResponse(responseCode = "200", description = "The contract as it now stands")
    @APIResponse(responseCode = "409", description = "No contract, or no longer a draft")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response term(@PathParam("id") String id, @NotNull ContractTerm term) {
        var engagement = engagementId(id);
        return answer(engagement, work.setTerm(engagement, term, origin()));
    }

    @PUT
    @Path("service-levels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the draft's SLAs and the cap on service credits", description = "Each SLA: a metric of the "
            + "catalogue (once), its target, the threshold it needs, WEEKLY or MONTHLY, and the credit for a breach in % of the "
            + "period's fee, within the cap. The answer says when handle time carries credits while no quality metric does.")
    @APIResponse(responseCode = "200", description = "The contract as it now stands")
    @APIResponse(responseCode = "409", description = "No contract, or no longer a draft")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response serviceLevels(@PathParam("id") String id, @NotNull ServiceLevels levels) {
        var engagement = engagementId(id);
        return answer(engagement, work.setServiceLevels(engagement, levels, origin()));
    }

    @PUT
    @Path("governance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the draft's governance", description = "The internal liaison (required) and the vendor's account "
            + "manager, the roles and responsibilities (role, CLIENT or VENDOR, what it answers for), the escalation matrix "
            + "(levels in order, each with whom to call and the response time in hours), the meeting cadence (operations "
            + "meetings, monthly performance review, quarterly business review) and how often the vendor reports contact reasons.")
    @APIResponse(responseCode = "200", description = "The contract as it now stands")
    @APIResponse(responseCode = "409", description = "No contract, or no longer a draft")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response governance(@PathParam("id") String id, @NotNull Governance governance) {
        var engagement = engagementId(id);
        return answer(engagement, work.setGovernance(engagement, governance, origin()));
    }

    @PUT
    @Path("data")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the draft's data and call-recording terms", description = "The share of calls recorded (0 to 100 %), "
            + "how long recordings are kept (days), who may access them, how data is returned and destroyed at the end, and "
            + "within how many days.")
    @APIResponse(responseCode = "200", description = "The contract as it now stands")
    @APIResponse(responseCode = "409", description = "No contract, or no longer a draft")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response data(@PathParam("id") String id, @NotNull DataTerms terms) {
        var engagement = engagementId(id);
        return answer(engagement, work.setDataTerms(engagement, terms, origin()));
    }

    /** A metric of the SLA catalogue. */
    public record CatalogueEntry(SlaMetric metric, String label, String unit, boolean higherIsBetter, String threshold,
                                 boolean quality) {
    }

    private Response answer(EngagementId engagement, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.contract(engagement).orElse(null)).build();
    }

    private EngagementId engagementId(String id) {
        return EngagementId.parse(id).flatMap(engagement -> queries.query(new FindEngagementQuery(engagement),
                        ResponseTypes.optionalInstanceOf(EngagementView.class)).join())
                .map(view -> new EngagementId(view.id()))
                .orElseThrow(() -> new NotFoundException("There is no engagement with id " + id + "."));
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
