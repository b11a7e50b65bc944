package org.outsourcingdesk.sourcing.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;

/**
 * The normaliser, worked by hand for every pricing model and both billing bases. The volume: 120,000
 * contacts a year (10,000 a month) of 300 s, so 50,000 minutes and 833.33 productive hours a month;
 * 14,400 scheduled agent hours a year (1,200 a month).
 */
class QuoteNormaliserTest {

    private static final QuoteVolume VOLUME = new QuoteVolume(120_000L, 300, new BigDecimal("14400"), null);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Quote quote(PricingModel model, String perMinute, String perHour, BillingBasis basis, String monthlyFee,
                               Integer included, String overage, String commission, String revenue, String minimum,
                               String setup, int months) {
        return new Quote(model, "USD", perMinute == null ? null : d(perMinute), perHour == null ? null : d(perHour), basis,
                monthlyFee == null ? null : d(monthlyFee), included, overage == null ? null : d(overage),
                commission == null ? null : d(commission), revenue == null ? null : d(revenue),
                minimum == null ? null : d(minimum), setup == null ? null : d(setup), months);
    }

    private static QuoteCost cost(Quote quote) {
        return QuoteNormaliser.cost(quote, VOLUME, null, null);
    }

    @Test
    void sharedPerMinuteWithASetupFeeSpreadOverTheContract() {
        var cost = cost(quote(PricingModel.SHARED_PER_MINUTE, "0.90", null, null, null, null, null, null, null, null, "6000", 24));
        assertThat(cost.monthly()).isEqualByComparingTo("45000.00"); // 50,000 min × 0.90
        assertThat(cost.recurringAnnual()).isEqualByComparingTo("540000.00");
        assertThat(cost.firstYear()).isEqualByComparingTo("546000.00");
        assertThat(cost.averageAnnual()).isEqualByComparingTo("543000.00"); // 6,000 × 12 / 24 a year
        assertThat(cost.costPerContact()).isEqualByComparingTo("4.525");
        assertThat(cost.workings()).anyMatch(w -> w.contains("50000 minutes a month"));
    }

    @Test
    void dedicatedHourlyOnScheduledAndOnProductiveHours() {
        var scheduled = cost(quote(PricingModel.DEDICATED_HOURLY, null, "12", BillingBasis.SCHEDULED, null, null, null, null, null,
                null, null, 12));
        assertThat(scheduled.monthly()).isEqualByComparingTo("14400.00"); // 1,200 h × 12
        assertThat(scheduled.averageAnnual()).isEqualByComparingTo("172800.00");
        var productive = cost(quote(PricingModel.DEDICATED_HOURLY, null, "12", BillingBasis.PRODUCTIVE, null, null, null, null,
                null, null, null, 12));
        assertThat(productive.monthly()).isEqualByComparingTo("10000.00"); // 833.33 h × 12
        assertThat(productive.costPerContact()).isEqualByComparingTo("1.00");
    }

    @Test
    void monthlyWithOverageAndAMinimumCommitment() {
        var overage = cost(quote(PricingModel.MONTHLY, null, null, null, "20000", 8000, "1.50", null, null, null, null, 12));
        assertThat(overage.monthly()).isEqualByComparingTo("23000.00"); // 20,000 + 2,000 × 1.50
        assertThat(overage.minimumApplied()).isFalse();
        var minimum = cost(quote(PricingModel.MONTHLY, null, null, null, "20000", 8000, "1.50", null, null, "25000", null, 12));
        assertThat(minimum.monthly()).isEqualByComparingTo("25000.00");
        assertThat(minimum.minimumApplied()).isTrue();
        var included = cost(quote(PricingModel.MONTHLY, null, null, null, "20000", 12000, "1.50", null, null, null, null, 12));
        assertThat(included.monthly()).as("fewer contacts than included: the fee alone").isEqualByComparingTo("20000.00");
    }

    @Test
    void outboundHourlyCommissionAndHourlyPlusCommission() {
        assertThat(cost(quote(PricingModel.OUTBOUND_HOURLY, null, "9", BillingBasis.PRODUCTIVE, null, null, null, null, null, null,
                null, 12)).monthly()).isEqualByComparingTo("7500.00"); // 833.33 h × 9
        assertThat(cost(quote(PricingModel.COMMISSION, null, null, null, null, null, null, "5", "2400000", null, null, 12))
                .monthly()).isEqualByComparingTo("10000.00"); // 5 % of 200,000
        assertThat(cost(quote(PricingModel.HOURLY_PLUS_COMMISSION, null, "6", BillingBasis.SCHEDULED, null, null, null, "2",
                "2400000", null, null, 12)).monthly()).isEqualByComparingTo("11200.00"); // 1,200 × 6 + 2 % of 200,000
    }

    @Test
    void theSavingAgainstInHouse() {
        var cost = QuoteNormaliser.cost(quote(PricingModel.SHARED_PER_MINUTE, "0.90", null, null, null, null, null, null, null,
                null, "6000", 24), new QuoteVolume(120_000L, 300, null, d("600000")), null, null);
        assertThat(cost.saving()).isEqualByComparingTo("57000.00");
        assertThat(cost.savingPercent()).isEqualByComparingTo("9.5");
    }

    @Test
    void aRateIsHeldAgainstTheRegionsBandInTheQuotesCurrency() {
        var region = new RegionRate("ASIA_PHILIPPINES", "Asia / Philippines", false, Band.of("8", "14"), Band.of("0.25", "0.35"),
                Band.of("7", "12"), true, null);
        var euro = new Conversion("EUR", d("0.92"), LocalDate.of(2026, 11, 1));
        var above = QuoteNormaliser.band(new Quote(PricingModel.DEDICATED_HOURLY, "EUR", null, d("13"), BillingBasis.SCHEDULED,
                null, null, null, null, null, null, null, 12), region, euro);
        assertThat(above.low()).isEqualByComparingTo("7.36");
        assertThat(above.high()).isEqualByComparingTo("12.88");
        assertThat(above.position()).isEqualTo("ABOVE");
        assertThat(above.outside()).isTrue();
        var within = QuoteNormaliser.band(new Quote(PricingModel.SHARED_PER_MINUTE, "USD", d("0.30"), null, null, null, null, null,
                null, null, null, null, 12), region, Conversion.none());
        assertThat(within.position()).isEqualTo("WITHIN");
        assertThat(QuoteNormaliser.band(new Quote(PricingModel.COMMISSION, "USD", null, null, null, null, null, null, d("5"),
                d("1000"), null, null, 12), region, Conversion.none())).as("no band for commissions").isNull();
    }

    @Test
    void aQuoteHasWhatItsModelNeeds() {
        expectRule(quote(PricingModel.SHARED_PER_MINUTE, null, null, null, null, null, null, null, null, null, null, 12),
                "SharedQuoteHasPerMinuteRate", "quote.ratePerMinute");
        expectRule(quote(PricingModel.DEDICATED_HOURLY, null, "12", null, null, null, null, null, null, null, null, 12),
                "HourlyQuoteHasBillingBasis", "quote.billingBasis");
        expectRule(quote(PricingModel.MONTHLY, null, null, null, "100", null, "1", null, null, null, null, 12),
                "MonthlyQuoteHasIncludedVolume", "quote.includedContactsPerMonth");
        expectRule(quote(PricingModel.COMMISSION, null, null, null, null, null, null, "5", null, null, null, 12),
                "CommissionQuoteHasRevenueBasis", "quote.revenueBasisPerYear");
        expectRule(quote(PricingModel.COMMISSION, null, null, null, null, null, null, "120", "1000", null, null, 12),
                "CommissionQuoteHasRate", "quote.commissionPercent");
        expectRule(quote(PricingModel.SHARED_PER_MINUTE, "1", null, null, null, null, null, null, null, null, null, 0),
                "ContractLengthInRange", "quote.contractMonths");
        expectRule(quote(PricingModel.SHARED_PER_MINUTE, "1", null, null, null, null, null, null, null, null, "-1", 12),
                "AmountNotNegative", "quote.setupFee");
        assertThatThrownBy(() -> QuoteNormaliser.cost(quote(PricingModel.DEDICATED_HOURLY, null, "12", BillingBasis.SCHEDULED,
                null, null, null, null, null, null, null, 12), new QuoteVolume(120_000L, 300, d("9000"), null), null, null))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("ScheduledCoversProductive");
        assertThatThrownBy(() -> QuoteNormaliser.cost(quote(PricingModel.DEDICATED_HOURLY, null, "12", BillingBasis.SCHEDULED,
                null, null, null, null, null, null, null, 12), new QuoteVolume(120_000L, 300, null, null), null, null))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("VolumeHasScheduledHours");
    }

    private static void expectRule(Quote quote, String rule, String field) {
        assertThatThrownBy(() -> cost(quote)).isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
        });
    }
}
