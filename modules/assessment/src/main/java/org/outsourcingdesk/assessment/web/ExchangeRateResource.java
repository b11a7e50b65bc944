package org.outsourcingdesk.assessment.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.application.RateCardAdministration;

/** Exchange rates over REST: everyone reads them, administrators set them. */
@Path("exchange-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rate card")
public class ExchangeRateResource {

    @Inject
    RateCardAdministration rateCard;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every exchange rate", description = "Units of each currency for one US dollar, by date.")
    public List<ExchangeRateView> exchangeRates() {
        return rateCard.exchangeRates();
    }

    @PUT
    @Path("{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Set an exchange rate", description = "Units of the currency for one US dollar, valid from asOf.")
    @APIResponse(responseCode = "200", description = "Every exchange rate, with the new one")
    @APIResponse(responseCode = "403", description = "Only administrators set exchange rates")
    @APIResponse(responseCode = "422", description = "Not a currency, a rate out of range, or a future date")
    public List<ExchangeRateView> setRate(@PathParam("currency") String currency, @NotNull @Valid Rate rate) {
        rateCard.setExchangeRate(currency, rate.unitsPerUsd(), rate.asOf(), Origin.request(security.getUserPrincipal().getName()));
        return rateCard.exchangeRates();
    }

    /** An exchange rate. */
    @Schema(name = "ExchangeRate")
    public record Rate(@NotNull BigDecimal unitsPerUsd, @NotNull LocalDate asOf) {
    }
}
