package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportingPeriod;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * What a period costs at a contract version's rates for the usage reported, price line by price line:
 * minutes times the per-minute rate, agent hours times the hourly rate, a monthly fee (a week's share
 * of it in a weekly period) plus each contact above those included at the overage price. A line's
 * minimum commitment applies when its usage is worth less. A commission is not charged here: sales
 * are not part of a period's report.
 */
public final class Charges {

    /** The units an invoice bills and usage is measured in. */
    public enum Unit { MINUTES, HOURS, CONTACTS }

    /** The measured units of one kind and what they are worth at the contracted rates. */
    public record UnitUsage(BigDecimal units, BigDecimal worth) {
        BigDecimal rate() {
            return units.signum() == 0 ? BigDecimal.ZERO : worth.divide(units, 6, RoundingMode.HALF_UP);
        }
    }

    private Charges() {
    }

    public static String currency(ContractVersion version) {
        return version.prices().stream().map(p -> p.quote().currency()).filter(c -> c != null).findFirst().orElse("EUR");
    }

    public static PeriodCharge charge(ContractVersion version, PeriodReport report, MeasurementPeriod cadence) {
        BigDecimal share = ReportingPeriod.monthlyShare(cadence);
        String currency = currency(version);
        var workings = new ArrayList<String>();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal usage = BigDecimal.ZERO;
        BigDecimal minimum = BigDecimal.ZERO;
        boolean minimumApplied = false;
        for (RoundQuote price : version.prices()) {
            Quote quote = price.quote();
            KpiLine line = report.line(price.channel()).orElse(null);
            BigDecimal worth = money(usage(quote, line, share, workings, price));
            BigDecimal floor = quote.minimumMonthlyCommitment() == null ? BigDecimal.ZERO : money(quote.minimumMonthlyCommitment().multiply(share));
            usage = usage.add(worth);
            minimum = minimum.add(floor);
            if (floor.compareTo(worth) > 0) {
                minimumApplied = true;
                workings.add(price.channel().label() + ": usage worth " + worth + " is below the minimum commitment of " + floor
                        + "; the minimum is charged.");
                amount = amount.add(floor);
            } else {
                amount = amount.add(worth);
            }
        }
        return new PeriodCharge(currency, money(amount), money(usage), money(minimum), minimumApplied, workings);
    }

    private static BigDecimal usage(Quote quote, KpiLine line, BigDecimal share, List<String> workings, RoundQuote price) {
        String channel = price.channel().label();
        return switch (quote.pricingModel()) {
            case SHARED_PER_MINUTE -> {
                BigDecimal minutes = line == null || line.billedMinutes() == null ? BigDecimal.ZERO : line.billedMinutes();
                workings.add(channel + ": " + minutes.stripTrailingZeros().toPlainString() + " minutes × " + quote.ratePerMinute() + " per minute.");
                yield minutes.multiply(quote.ratePerMinute());
            }
            case DEDICATED_HOURLY, OUTBOUND_HOURLY, HOURLY_PLUS_COMMISSION -> {
                BigDecimal hours = line == null || line.billedHours() == null ? BigDecimal.ZERO : line.billedHours();
                workings.add(channel + ": " + hours.stripTrailingZeros().toPlainString() + " agent hours × " + quote.ratePerHour() + " per hour"
                        + (quote.pricingModel() == org.outsourcingdesk.assessment.api.model.PricingModel.HOURLY_PLUS_COMMISSION
                        ? " (the commission on sales is not part of a period's report)." : "."));
                yield hours.multiply(quote.ratePerHour());
            }
            case MONTHLY -> {
                BigDecimal fee = quote.monthlyFee().multiply(share);
                long handled = line == null || line.handled() == null ? 0 : line.handled();
                BigDecimal included = BigDecimal.valueOf(quote.includedContactsPerMonth() == null ? 0 : quote.includedContactsPerMonth())
                        .multiply(share).setScale(0, RoundingMode.HALF_UP);
                BigDecimal above = BigDecimal.valueOf(handled).subtract(included).max(BigDecimal.ZERO);
                BigDecimal overage = quote.overagePerContact() == null ? BigDecimal.ZERO : quote.overagePerContact();
                workings.add(channel + ": fee " + money(fee) + " for " + included + " contacts; " + handled + " handled, " + above
                        + " above at " + overage + " each.");
                yield fee.add(above.multiply(overage));
            }
            case COMMISSION -> {
                workings.add(channel + ": commission on sales, not part of a period's report.");
                yield BigDecimal.ZERO;
            }
        };
    }

    /**
     * The usage measured in each unit an invoice bills (minutes, agent hours, contacts of monthly-priced
     * lines) and the rate a unit more or less is worth (a contact: the overage price), to hold an invoice against.
     */
    public static Map<Unit, UnitUsage> units(ContractVersion version, PeriodReport report) {
        var units = new EnumMap<Unit, UnitUsage>(Unit.class);
        for (RoundQuote price : version.prices()) {
            KpiLine line = report.line(price.channel()).orElse(null);
            Quote quote = price.quote();
            switch (quote.pricingModel()) {
                case SHARED_PER_MINUTE -> add(units, Unit.MINUTES, line == null ? null : line.billedMinutes(), quote.ratePerMinute());
                case DEDICATED_HOURLY, OUTBOUND_HOURLY, HOURLY_PLUS_COMMISSION ->
                        add(units, Unit.HOURS, line == null ? null : line.billedHours(), quote.ratePerHour());
                case MONTHLY -> add(units, Unit.CONTACTS, line == null || line.handled() == null ? null : BigDecimal.valueOf(line.handled()),
                        quote.overagePerContact() == null ? BigDecimal.ZERO : quote.overagePerContact());
                case COMMISSION -> {
                }
            }
        }
        return units;
    }

    private static void add(Map<Unit, UnitUsage> units, Unit unit, BigDecimal count, BigDecimal rate) {
        BigDecimal n = count == null ? BigDecimal.ZERO : count;
        units.merge(unit, new UnitUsage(n, n.multiply(rate == null ? BigDecimal.ZERO : rate)),
                (a, b) -> new UnitUsage(a.units().add(b.units()), a.worth().add(b.worth())));
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
