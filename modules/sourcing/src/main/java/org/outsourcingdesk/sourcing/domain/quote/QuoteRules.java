package org.outsourcingdesk.sourcing.domain.quote;

import java.math.BigDecimal;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.CurrencyCode;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;

/** The rules a quote and the volume it is priced against keep, each named, each naming its field. */
public final class QuoteRules {

    private QuoteRules() {
    }

    public static void check(Quote quote) {
        if (quote == null) {
            throw new BusinessRuleViolation("QuoteRequired", "quote", "Give the quote.");
        }
        if (quote.pricingModel() == null) {
            throw new BusinessRuleViolation("QuotePricingModelRequired", "quote.pricingModel", "Choose how the vendor charges.");
        }
        if (quote.currency() == null || !CurrencyCode.isValid(quote.currency())) {
            throw new BusinessRuleViolation("CurrencyMustBeIso4217", "quote.currency",
                    "Give the quote's currency as its ISO 4217 code, such as USD or EUR.");
        }
        if (quote.contractMonths() == null || quote.contractMonths() < 1 || quote.contractMonths() > 120) {
            throw new BusinessRuleViolation("ContractLengthInRange", "quote.contractMonths",
                    "The contract length is 1 to 120 months.");
        }
        String model = quote.pricingModel().label();
        switch (quote.pricingModel()) {
            case SHARED_PER_MINUTE -> positive(quote.ratePerMinute(), "quote.ratePerMinute", "SharedQuoteHasPerMinuteRate",
                    "A " + model + " quote needs its price per minute.");
            case DEDICATED_HOURLY, OUTBOUND_HOURLY -> hourly(quote, model);
            case MONTHLY -> {
                positive(quote.monthlyFee(), "quote.monthlyFee", "MonthlyQuoteHasFee", "A monthly quote needs its monthly fee.");
                if (quote.includedContactsPerMonth() == null || quote.includedContactsPerMonth() < 0) {
                    throw new BusinessRuleViolation("MonthlyQuoteHasIncludedVolume", "quote.includedContactsPerMonth",
                            "A monthly quote says how many contacts a month the fee includes (0 or more).");
                }
                notNegative(quote.overagePerContact(), "quote.overagePerContact", "MonthlyQuoteHasOverage",
                        "A monthly quote says what each contact beyond the included ones costs (0 or more).");
            }
            case COMMISSION -> commission(quote, model);
            case HOURLY_PLUS_COMMISSION -> {
                hourly(quote, model);
                commission(quote, model);
            }
        }
        if (quote.minimumMonthlyCommitment() != null && quote.minimumMonthlyCommitment().signum() < 0) {
            throw new BusinessRuleViolation("AmountNotNegative", "quote.minimumMonthlyCommitment",
                    "The minimum monthly commitment is 0 or more.");
        }
        if (quote.setupFee() != null && quote.setupFee().signum() < 0) {
            throw new BusinessRuleViolation("AmountNotNegative", "quote.setupFee", "The set-up fee is 0 or more.");
        }
    }

    public static void check(QuoteVolume volume, PricingModel model) {
        if (volume == null) {
            throw new BusinessRuleViolation("VolumeRequired", "volume", "Give the volume the quote is priced against.");
        }
        if (volume.annualContacts() == null || volume.annualContacts() < 1) {
            throw new BusinessRuleViolation("VolumeHasContacts", "volume.annualContacts", "Give the contacts a year (1 or more).");
        }
        if (volume.ahtSeconds() == null || volume.ahtSeconds() < 1 || volume.ahtSeconds() > 86_400) {
            throw new BusinessRuleViolation("VolumeHasHandleTime", "volume.ahtSeconds",
                    "Give the average handle time in seconds (1 to 86,400).");
        }
        boolean hourly = model == PricingModel.DEDICATED_HOURLY || model == PricingModel.OUTBOUND_HOURLY
                || model == PricingModel.HOURLY_PLUS_COMMISSION;
        if (hourly && (volume.scheduledAgentHoursPerYear() == null || volume.scheduledAgentHoursPerYear().signum() <= 0)) {
            throw new BusinessRuleViolation("VolumeHasScheduledHours", "volume.scheduledAgentHoursPerYear",
                    "An hourly quote needs the agent hours a year the channel is staffed (the assessment's staffing).");
        }
        if (volume.scheduledAgentHoursPerYear() != null && volume.scheduledAgentHoursPerYear().signum() > 0
                && volume.scheduledAgentHoursPerYear().doubleValue() * 3600 < volume.annualContacts() * (double) volume.ahtSeconds() - 1e-6) {
            throw new BusinessRuleViolation("ScheduledCoversProductive", "volume.scheduledAgentHoursPerYear",
                    "The scheduled agent hours cannot be fewer than the hours spent on contacts (contacts times handle time).");
        }
        if (volume.inHouseAnnualCost() != null && volume.inHouseAnnualCost().signum() < 0) {
            throw new BusinessRuleViolation("AmountNotNegative", "volume.inHouseAnnualCost", "The in-house cost is 0 or more.");
        }
    }

    private static void hourly(Quote quote, String model) {
        positive(quote.ratePerHour(), "quote.ratePerHour", "HourlyQuoteHasRate", "A " + model + " quote needs its price per agent hour.");
        if (quote.billingBasis() == null) {
            throw new BusinessRuleViolation("HourlyQuoteHasBillingBasis", "quote.billingBasis",
                    "Say whether the vendor bills productive or scheduled hours.");
        }
    }

    private static void commission(Quote quote, String model) {
        if (quote.commissionPercent() == null || quote.commissionPercent().signum() <= 0
                || quote.commissionPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleViolation("CommissionQuoteHasRate", "quote.commissionPercent",
                    "A " + model + " quote needs its commission rate (more than 0 and at most 100 %).");
        }
        positive(quote.revenueBasisPerYear(), "quote.revenueBasisPerYear", "CommissionQuoteHasRevenueBasis",
                "A " + model + " quote needs the yearly revenue the commission is paid on.");
    }

    private static void positive(BigDecimal value, String field, String rule, String message) {
        if (value == null || value.signum() <= 0) {
            throw new BusinessRuleViolation(rule, field, message);
        }
    }

    private static void notNegative(BigDecimal value, String field, String rule, String message) {
        if (value == null || value.signum() < 0) {
            throw new BusinessRuleViolation(rule, field, message);
        }
    }
}
