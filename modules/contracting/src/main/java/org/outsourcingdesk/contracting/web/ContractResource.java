package org.outsourcingdesk.contracting.web;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.contracting.api.query.ContractDeadline;
import org.outsourcingdesk.contracting.api.query.ContractDeadlines;
import org.outsourcingdesk.contracting.api.query.ContractVersions;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.VersionChange;
import org.outsourcingdesk.contracting.application.ContractSummary;
import org.outsourcingdesk.contracting.application.ContractWork;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.api.query.EngagementLookup;

/** An engagement's contract over REST: read by any role, drafted by procurement. */
@Path("engagements/{id}/contract")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracting", description = "The contract with the selected vendor: term, SLAs and service credits, governance")
public class ContractResource {

    @Inject
    ContractWork work;
    @Inject
    ContractSummary summary;
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
    @Path("summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable contract summary (PDF)", description = "Prices, term, SLAs and credits, governance, data "
            + "and recording, termination, reviews and signatures, with the contract's status and version.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no contract")
    public Response summary(@PathParam("id") String id) {
        var engagement = engagement(id);
        var contract = get(id);
        String user = security.getUserPrincipal().getName();
        StreamingOutput body = out -> summary.write(contract, engagement.reference(), engagement.name(), user, out);
        return Response.ok(body).header("Content-Disposition", "inline; filename=\"contract-" + engagement.reference() + ".pdf\"")
                .build();
    }

    @GET
    @Path("deadlines")
    @Operation(summary = "The contract's deadlines as of today", description = "Its start (approved or signed), the last day to "
            + "give notice not to renew, the day it renews or ends: those within 90 days, each with the days left and the window "
            + "it falls in (7, 30, 90), and a notice deadline that has passed while the contract runs, marked missed.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no contract")
    public List<ContractDeadline> deadlines(@PathParam("id") String id) {
        return ContractDeadlines.of(get(id), LocalDate.now(ZoneOffset.UTC));
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

    @PUT
    @Path("termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Set the draft's termination terms", description = "Grounds for cause (forCause: SLA_BREACH_CONSECUTIVE "
            + "with metric and breachedPeriods N, SLA_BREACH_K_OF_M with metric, breachedPeriods K and ofPeriods M, MATERIAL_BREACH "
            + "with cureDays, DATA_BREACH, INSOLVENCY, CHANGE_OF_CONTROL; an SLA ground names one of the contract's SLAs), the fee "
            + "schedule for ending for convenience (convenienceFees: fromMonth, fee; ascending, each within terminationFeeCap), "
            + "liabilityCap, terminationFeeCap, exitAssistanceMonths (0 to 24) and what exitAssistance includes.")
    @APIResponse(responseCode = "200", description = "The contract as it now stands")
    @APIResponse(responseCode = "409", description = "No contract, or no longer a draft")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response termination(@PathParam("id") String id, @NotNull TerminationTerms termination) {
        var engagement = engagementId(id);
        return answer(engagement, work.setTermination(engagement, termination, origin()));
    }

    @POST
    @Path("submit")
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Submit the draft for legal review", description = "Refused until every section is set: term, "
            + "serviceLevels, governance, dataTerms, termination (the first missing one is the problem's field).")
    @APIResponse(responseCode = "200", description = "The contract, in legal review")
    @APIResponse(responseCode = "409", description = "No contract, or not a draft")
    @APIResponse(responseCode = "422", description = "A section missing, or sections that contradict each other")
    public Response submit(@PathParam("id") String id) {
        var engagement = engagementId(id);
        return answer(engagement, work.submit(engagement, origin()));
    }

    @POST
    @Path("legal-review/pass")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("LEGAL")
    @Operation(summary = "Pass the contract's legal review", description = "Legal only; the comment is optional.")
    @APIResponse(responseCode = "200", description = "The contract, awaiting an approver")
    @APIResponse(responseCode = "409", description = "The contract is not in legal review")
    public Response passLegalReview(@PathParam("id") String id, @Valid Verdict verdict) {
        var engagement = engagementId(id);
        return answer(engagement, work.reviewLegally(engagement, true, verdict == null ? null : verdict.comment(), origin()));
    }

    @POST
    @Path("legal-review/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("LEGAL")
    @Operation(summary = "Send the contract back to draft from legal review", description = "Legal only; the comment says "
            + "what must change (10 characters or more).")
    @APIResponse(responseCode = "200", description = "The contract, a draft again, with the comment")
    @APIResponse(responseCode = "409", description = "The contract is not in legal review")
    @APIResponse(responseCode = "422", description = "No comment")
    public Response requestLegalChanges(@PathParam("id") String id, @NotNull @Valid Verdict verdict) {
        var engagement = engagementId(id);
        return answer(engagement, work.reviewLegally(engagement, false, verdict.comment(), origin()));
    }

    @POST
    @Path("approval/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Approve the contract for signature", description = "After legal review passed it; never by someone "
            + "who drafted it or reviewed it legally (403, ApproverNotDrafter or ApproverNotLegalReviewer).")
    @APIResponse(responseCode = "200", description = "The contract, approved: signatures follow")
    @APIResponse(responseCode = "403", description = "You drafted or legally reviewed it")
    @APIResponse(responseCode = "409", description = "Legal review has not passed it")
    public Response approve(@PathParam("id") String id, @Valid Verdict verdict) {
        var engagement = engagementId(id);
        return answer(engagement, work.decide(engagement, true, verdict == null ? null : verdict.comment(), origin()));
    }

    @POST
    @Path("approval/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("APPROVER")
    @Operation(summary = "Send the contract back to draft from approval", description = "With what must change (10 characters "
            + "or more); it goes through legal review again.")
    @APIResponse(responseCode = "200", description = "The contract, a draft again, with the comment")
    @APIResponse(responseCode = "403", description = "You drafted or legally reviewed it")
    @APIResponse(responseCode = "409", description = "Legal review has not passed it")
    @APIResponse(responseCode = "422", description = "No comment")
    public Response requestApprovalChanges(@PathParam("id") String id, @NotNull @Valid Verdict verdict) {
        var engagement = engagementId(id);
        return answer(engagement, work.decide(engagement, false, verdict.comment(), origin()));
    }

    @POST
    @Path("signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Record a party's signature", description = "party CLIENT (us) or VENDOR, who signed (signatory) and "
            + "on which day (signedOn: not in the future, not before the approval). Once both have signed, the contract is "
            + "signed; it becomes active on its first day (at once when that has come), and the engagement moves to monitoring.")
    @APIResponse(responseCode = "200", description = "The contract with the signature")
    @APIResponse(responseCode = "409", description = "Not approved yet, or this party has signed already")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response sign(@PathParam("id") String id, @NotNull @Valid SignatureRequest signature) {
        var engagement = engagementId(id);
        return answer(engagement, work.recordSignature(engagement, signature.party(), signature.signatory(), signature.signedOn(),
                origin()));
    }

    @POST
    @Path("amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROCUREMENT")
    @Operation(summary = "Propose an amendment of the signed contract", description = "effectiveFrom (today or later, within the "
            + "term), reason, and what changes: term (same first day), serviceLevels (the whole new set), rates (per price line: "
            + "channel, region and the rates that change). It goes through legal-review and approval like the contract; once "
            + "approved it is the contract's next version.")
    @APIResponse(responseCode = "200", description = "The contract with the amendment in legal review")
    @APIResponse(responseCode = "409", description = "Not signed yet, ended (ContractNotEnded), or another amendment is in review")
    @APIResponse(responseCode = "422", description = "A rule broken, naming the field")
    public Response amend(@PathParam("id") String id, @NotNull @Valid AmendmentRequest amendment) {
        var engagement = engagementId(id);
        return answer(engagement, work.proposeAmendment(engagement, amendment.effectiveFrom(), amendment.reason(), amendment.term(),
                amendment.serviceLevels(), amendment.rates(), origin()));
    }

    @GET
    @Path("versions")
    @Operation(summary = "The contract's versions", description = "Version 1 as signed, then each approved amendment's, with the "
            + "day it is in force from, why, and who approved it.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no contract")
    public List<ContractVersion> versions(@PathParam("id") String id) {
        return get(id).versions();
    }

    @GET
    @Path("versions/diff")
    @Operation(summary = "What changed between two versions", description = "Each difference in the term, the SLAs and credit "
            + "cap, and the price lines' rates, as it reads in version 'from' and in version 'to'.")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no contract")
    @APIResponse(responseCode = "422", description = "A version the contract does not have, naming 'from' or 'to'")
    public List<VersionChange> diff(@PathParam("id") String id, @QueryParam("from") int from, @QueryParam("to") int to) {
        var contract = get(id);
        return ContractVersions.diff(version(contract, from, "from"), version(contract, to, "to"));
    }

    private static ContractVersion version(ContractView contract, int number, String field) {
        return contract.version(number).orElseThrow(() -> new BusinessRuleViolation("VersionExists", field, "The contract has "
                + (contract.versions().isEmpty() ? "no version yet: it is not signed." : "versions 1 to " + contract.version() + ".")));
    }

    /** An amendment as proposed. */
    public record AmendmentRequest(LocalDate effectiveFrom, @Size(max = 2000) String reason, ContractTerm term,
                                   ServiceLevels serviceLevels, List<RateChange> rates) {
    }

    /** A reviewer's verdict: what they say of the contract. */
    public record Verdict(@Size(max = 2000) String comment) {
    }

    /** A signature to record. */
    public record SignatureRequest(Party party, String signatory, LocalDate signedOn) {
    }

    /** A metric of the SLA catalogue. */
    public record CatalogueEntry(SlaMetric metric, String label, String unit, boolean higherIsBetter, String threshold,
                                 boolean quality) {
    }

    private Response answer(EngagementId engagement, boolean visible) {
        return (visible ? Response.ok() : Response.accepted()).entity(work.contract(engagement).orElse(null)).build();
    }

    private EngagementId engagementId(String id) {
        return new EngagementId(engagement(id).id());
    }

    private EngagementView engagement(String id) {
        return EngagementLookup.find(queries, id).orElseThrow(() -> new NotFoundException(EngagementLookup.notFound(id)));
    }

    private Origin origin() {
        return Origin.request(security.getUserPrincipal().getName());
    }
}
