package org.outsourcingdesk.sourcing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;
import org.outsourcingdesk.sourcing.application.QuoteCosting;

/** The quote normaliser as a calculator: any signed-in user, nothing stored. */
@Path("calculators/quote-cost")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calculators", description = "Figures computed on request; nothing is stored")
public class QuoteCalculatorResource {

    @Inject
    QuoteCosting costing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Normalise a quote to annual cost and cost per contact", description = "Any pricing model "
            + "(SHARED_PER_MINUTE, DEDICATED_HOURLY, MONTHLY, OUTBOUND_HOURLY, COMMISSION, HOURLY_PLUS_COMMISSION) at a "
            + "volume: the month, a year, the first year with the set-up fee, the average year over the contract, the cost "
            + "per contact, the saving against an in-house cost if given, and, with a region, the rate held against the "
            + "rate card's band. Stores nothing.")
    @APIResponse(responseCode = "200", description = "The figures and how they were reached")
    @APIResponse(responseCode = "400", description = "Malformed input")
    @APIResponse(responseCode = "422", description = "A field the pricing model needs is missing or out of range, naming it")
    public QuoteCost cost(@NotNull QuoteRequest request) {
        return costing.cost(request.quote(), request.volume(), request.region());
    }

    /** A quote, the volume to price it at, and optionally the rate-card region of the vendor's delivery location. */
    @Schema(name = "QuoteCostRequest")
    public record QuoteRequest(Quote quote, QuoteVolume volume, @Schema(description = "A rate-card region code") String region) {
    }
}
