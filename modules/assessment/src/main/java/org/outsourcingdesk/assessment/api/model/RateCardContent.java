package org.outsourcingdesk.assessment.api.model;

import java.util.List;
import java.util.Optional;

/**
 * The prices that outsourcing options are costed with, in USD.
 *
 * @param regions                         the regions providers can be in
 * @param commissionPremiumPercent        the premium over the hourly rate a pure-commission deal should
 *                                        earn the provider, for the risk it carries (10-20%)
 * @param hourlyPlusCommissionRiskPercent the share of pay at risk in an hourly-plus-commission deal, which
 *                                        earns that share of the premium
 */
public record RateCardContent(List<RegionRate> regions, Band commissionPremiumPercent,
                              Double hourlyPlusCommissionRiskPercent) {

    public static final String CURRENCY = "USD";

    public Optional<RegionRate> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
