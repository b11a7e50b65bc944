package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.assessment.api.query.FindConversionQuery;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
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
