package org.outsourcingdesk.sourcing.domain.quote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;

/**
 * Turns a quote into figures that compare across pricing models, at a volume, in the quote's currency:
 * <ul>
 * <li>shared per minute: the month's minutes (contacts times handle time) at the rate;</li>
 * <li>dedicated or outbound hourly: the month's billed hours at the rate, productive hours (contacts
 *     times handle time) or scheduled hours (agent hours rostered) as the quote bills;</li>
 * <li>monthly: the fee, plus each contact beyond the included ones at the overage price;</li>
 * <li>commission: the rate on a month's revenue basis; hourly plus commission: both parts;</li>
 * <li>then the minimum monthly commitment if the month comes below it; a year is twelve months; the
 *     first year adds the set-up fee; the average year spreads the set-up fee over the contract;
 *     the cost per contact is the average year over the year's contacts.</li>
 * </ul>
 * Amounts are rounded to cents at the end only. A pure function: the calculator endpoint and the
 * sourcing rounds share it.
 */
public final class QuoteNormaliser {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuoteNormaliser() {
    }

    /**
     * @param region     the rate card's region of the vendor's delivery location, or null
     * @param conversion the quote currency's units per USD, for the band check (null: no band check)
     */
    public static QuoteCost cost(Quote quote, QuoteVolume volume, RegionRate region, Conversion conversion) {
        QuoteRules.check(quote);
        QuoteRules.check(volume, quote.pricingModel());
        var workings = new ArrayList<String>();
        BigDecimal contactsPerMonth = BigDecimal.valueOf(volume.annualContacts()).divide(TWELVE, MATH);
        BigDecimal productiveHoursPerMonth = BigDecimal.valueOf(volume.annualContacts())
                .multiply(BigDecimal.valueOf(volume.ahtSeconds())).divide(BigDecimal.valueOf(3600), MATH).divide(TWELVE, MATH);
        BigDecimal monthly = switch (quote.pricingModel()) {
            case SHARED_PER_MINUTE -> {
                BigDecimal minutes = contactsPerMonth.multiply(BigDecimal.valueOf(volume.ahtSeconds())).divide(BigDecimal.valueOf(60), MATH);
                workings.add(number(minutes) + " minutes a month (" + number(contactsPerMonth) + " contacts × "
                        + number(BigDecimal.valueOf(volume.ahtSeconds()).divide(BigDecimal.valueOf(60), MATH)) + " min) × "
                        + money(quote.ratePerMinute()) + " a minute");
                yield minutes.multiply(quote.ratePerMinute(), MATH);
            }
            case DEDICATED_HOURLY, OUTBOUND_HOURLY -> hourly(quote, volume, productiveHoursPerMonth, workings);
            case MONTHLY -> {
                BigDecimal beyond = contactsPerMonth.subtract(BigDecimal.valueOf(quote.includedContactsPerMonth())).max(BigDecimal.ZERO);
                workings.add(money(quote.monthlyFee()) + " a month for " + quote.includedContactsPerMonth() + " contacts"
                        + (beyond.signum() > 0 ? ", plus " + number(beyond) + " more × " + money(quote.overagePerContact()) : ""));
                yield quote.monthlyFee().add(beyond.multiply(quote.overagePerContact(), MATH));
            }
            case COMMISSION -> commission(quote, workings);
            case HOURLY_PLUS_COMMISSION -> hourly(quote, volume, productiveHoursPerMonth, workings).add(commission(quote, workings));
        };
        boolean minimumApplied = quote.minimumMonthlyCommitment() != null && monthly.compareTo(quote.minimumMonthlyCommitment()) < 0;
        if (minimumApplied) {
            workings.add("below the minimum commitment: " + money(quote.minimumMonthlyCommitment()) + " a month is billed");
            monthly = quote.minimumMonthlyCommitment();
        }
        BigDecimal setup = quote.setupFee() == null ? BigDecimal.ZERO : quote.setupFee();
        BigDecimal recurring = monthly.multiply(TWELVE);
        BigDecimal firstYear = recurring.add(setup);
        BigDecimal average = recurring.add(setup.multiply(TWELVE).divide(BigDecimal.valueOf(quote.contractMonths()), MATH));
        if (setup.signum() > 0) {
            workings.add("set-up fee " + money(setup) + ", spread over " + quote.contractMonths() + " months in the average year");
        }
        BigDecimal perContact = average.divide(BigDecimal.valueOf(volume.annualContacts()), MATH);
        BigDecimal saving = null;
        BigDecimal savingPercent = null;
        if (volume.inHouseAnnualCost() != null) {
            saving = volume.inHouseAnnualCost().subtract(average);
            savingPercent = volume.inHouseAnnualCost().signum() == 0 ? null
                    : saving.multiply(HUNDRED).divide(volume.inHouseAnnualCost(), MATH).setScale(1, RoundingMode.HALF_EVEN);
        }
        return new QuoteCost(quote.currency(), cents(monthly), minimumApplied, cents(recurring), cents(firstYear), cents(average),
                perContact.setScale(4, RoundingMode.HALF_EVEN), saving == null ? null : cents(saving), savingPercent,
                List.copyOf(workings), band(quote, region, conversion));
    }

    private static BigDecimal hourly(Quote quote, QuoteVolume volume, BigDecimal productiveHoursPerMonth, List<String> workings) {
        BigDecimal hours = quote.billingBasis() == BillingBasis.PRODUCTIVE ? productiveHoursPerMonth
                : volume.scheduledAgentHoursPerYear().divide(TWELVE, MATH);
        workings.add(number(hours) + " " + quote.billingBasis().label().toLowerCase(Locale.ROOT) + " a month × "
                + money(quote.ratePerHour()) + " an hour");
        return hours.multiply(quote.ratePerHour(), MATH);
    }

    private static BigDecimal commission(Quote quote, List<String> workings) {
        BigDecimal revenuePerMonth = quote.revenueBasisPerYear().divide(TWELVE, MATH);
        workings.add(number(quote.commissionPercent()) + " % commission on " + money(revenuePerMonth) + " of revenue a month");
        return revenuePerMonth.multiply(quote.commissionPercent(), MATH).divide(HUNDRED, MATH);
    }

    /** The quoted rate against the region's band (USD on the card, converted into the quote's currency). */
    static QuoteCost.BandCheck band(Quote quote, RegionRate region, Conversion conversion) {
        if (region == null || conversion == null) {
            return null;
        }
        PricingModel model = quote.pricingModel();
        Band band;
        BigDecimal quoted;
        String rate;
        switch (model) {
            case SHARED_PER_MINUTE -> {
                band = region.sharedPerMinute();
                quoted = quote.ratePerMinute();
                rate = "per minute";
            }
            case DEDICATED_HOURLY -> {
                band = region.hourly();
                quoted = quote.ratePerHour();
                rate = "per agent hour";
            }
            case OUTBOUND_HOURLY, HOURLY_PLUS_COMMISSION -> {
                band = region.outboundHourly();
                quoted = quote.ratePerHour();
                rate = "per outbound agent hour";
            }
            default -> {
                return null; // monthly fees and commissions have no band of their own on the card
            }
        }
        if (band == null) {
            return new QuoteCost.BandCheck(region.code(), rate, quoted, null, null, "NO_BAND",
                    region.name() + " has no band for this way of charging on the rate card.");
        }
        BigDecimal low = band.low().multiply(conversion.unitsPerUsd(), MATH).setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal high = band.high().multiply(conversion.unitsPerUsd(), MATH).setScale(4, RoundingMode.HALF_EVEN);
        String position = quoted.compareTo(low) < 0 ? "BELOW" : quoted.compareTo(high) > 0 ? "ABOVE" : "WITHIN";
        String note = switch (position) {
            case "BELOW" -> "Below the rate card's band for " + region.name() + ": check what is left out.";
            case "ABOVE" -> "Above the rate card's band for " + region.name() + ".";
            default -> "Within the rate card's band for " + region.name() + ".";
        };
        return new QuoteCost.BandCheck(region.code(), rate, quoted, low.stripTrailingZeros(), high.stripTrailingZeros(), position, note);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String money(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
