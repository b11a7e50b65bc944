package org.outsourcingdesk.sourcing.api.model;

import java.math.BigDecimal;
import org.outsourcingdesk.assessment.api.model.PricingModel;

/**
 * A vendor's price for serving a channel, as quoted. Which fields a quote needs depends on its
 * pricing model: a per-minute rate (shared), an hourly rate and a billing basis (dedicated hourly,
 * outbound hourly), a monthly fee with its included contacts and the price of each further contact
 * (monthly), a commission rate on a revenue basis (commission), or both an hourly rate and a commission
 * (hourly plus commission). Every quote has a currency and a contract length; a minimum monthly
 * commitment and a set-up fee are optional.
 *
 * @param revenueBasisPerYear the yearly revenue the commission is paid on (sales the outbound work brings)
 */
public record Quote(PricingModel pricingModel, String currency, BigDecimal ratePerMinute, BigDecimal ratePerHour,
                    BillingBasis billingBasis, BigDecimal monthlyFee, Integer includedContactsPerMonth,
                    BigDecimal overagePerContact, BigDecimal commissionPercent, BigDecimal revenueBasisPerYear,
                    BigDecimal minimumMonthlyCommitment, BigDecimal setupFee, Integer contractMonths) {
}
