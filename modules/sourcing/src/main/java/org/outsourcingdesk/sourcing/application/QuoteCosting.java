package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.assessment.api.query.FindConversionQuery;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;
import org.outsourcingdesk.sourcing.domain.quote.QuoteNormaliser;

/**
 * Costs a quote at a volume, and holds its rate against the current rate card's band for the vendor's
 * region (converted with today's exchange rate). Stores nothing.
 */
@ApplicationScoped
public class QuoteCosting {

    @Inject
    QueryGateway queries;
    @Inject
    VendorRegistry registry;

    /**
     * The volume a round prices a channel's quotes at: the approved decision's forecast (a year's
     * contacts, handle time, scheduled agent hours) and the channel's in-house cost, converted to the
     * quote's currency with today's exchange rates.
     */
    public QuoteVolume roundVolume(EngagementId engagementId, Channel channel, String currency) {
        var figures = queries.query(new FindAssessmentQuery(engagementId), ResponseTypes.optionalInstanceOf(AssessmentView.class))
                .join().map(AssessmentView::decision).map(AssessmentDecisionApprovedEvent::figures)
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ApprovedForecast", null,
                        "This engagement has no approved assessment to price quotes against."));
        var staffing = figures.staffing().stream().filter(s -> s.channel() == channel).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("QuoteChannelInScope", "channel",
                        "The approved assessment has no forecast for " + channel.label() + "."));
        var aht = figures.demand().channel(channel).map(d -> d.ahtSeconds()).orElse(null);
        var inHouse = figures.inHouse() == null ? null : figures.inHouse().channel(channel).map(c -> c.total()).orElse(null);
        return new QuoteVolume(Math.round(staffing.annualVolume()), aht == null ? null : (int) Math.round(aht),
                BigDecimal.valueOf(staffing.scheduledHoursPerYear()).setScale(1, RoundingMode.HALF_UP),
                inHouse == null ? null : convert(inHouse, figures.currency(), currency));
    }

    /** An amount in one currency in another, through the US dollar at today's rates. */
    BigDecimal convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return amount;
        }
        BigDecimal usd = amount.divide(unitsPerUsd(from), 10, RoundingMode.HALF_UP);
        return usd.multiply(unitsPerUsd(to)).setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal unitsPerUsd(String currency) {
        if (RateCardContent.CURRENCY.equals(currency)) {
            return BigDecimal.ONE;
        }
        return queries.query(new FindConversionQuery(currency, LocalDate.now(ZoneOffset.UTC)),
                        ResponseTypes.optionalInstanceOf(Conversion.class)).join().map(Conversion::unitsPerUsd)
                .orElseThrow(() -> new BusinessRuleViolation("ExchangeRateKnown", "quote.currency", "There is no exchange rate for "
                        + currency + " yet, so the in-house cost cannot be compared; an administrator sets it on the Rate card page."));
    }

    public QuoteCost cost(Quote quote, QuoteVolume volume, String regionCode) {
        RegionRate region = null;
        Conversion conversion = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = registry.regions().stream().filter(r -> r.code().equals(regionCode.strip())).findFirst()
                    .orElseThrow(() -> new BusinessRuleViolation("RegionOnRateCard", "region", "Region " + regionCode
                            + " is not on the current rate card."));
            if (quote != null && quote.currency() != null) {
                conversion = RateCardContent.CURRENCY.equals(quote.currency()) ? Conversion.none()
                        : queries.query(new FindConversionQuery(quote.currency(), LocalDate.now(ZoneOffset.UTC)),
                        ResponseTypes.optionalInstanceOf(Conversion.class)).join()
                        .orElseThrow(() -> new BusinessRuleViolation("ExchangeRateKnown", "quote.currency",
                                "There is no exchange rate for " + quote.currency() + " yet, so its rate cannot be held against"
                                        + " the rate card (USD); an administrator sets it on the Rate card page."));
            }
        }
        return QuoteNormaliser.cost(quote, volume, region, conversion);
    }
}
