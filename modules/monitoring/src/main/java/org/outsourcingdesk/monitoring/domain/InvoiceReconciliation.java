package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Map;

import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.Reconciliation;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.PeriodView;
import org.outsourcingdesk.monitoring.domain.Charges.Unit;
import org.outsourcingdesk.monitoring.domain.Charges.UnitUsage;

/**
 * An invoice held against its period: expected is the period's charge at the contracted rates for the
 * usage measured, minus the period's service credits; invoiced is its amount in the contract's
 * currency (converted at the recorded rate). The difference is explained cause by cause: units billed
 * other than measured (at the contracted rate of a unit), credits not deducted, and what is left, a
 * rate or fee other than the contract's. The causes add up to the difference.
 */
public final class InvoiceReconciliation {

    private InvoiceReconciliation() {
    }

    public static Reconciliation reconcile(Invoice invoice, PeriodView period, ContractVersion version, String currency) {
        BigDecimal invoiced = Charges.money(currency.equals(invoice.currency()) ? invoice.amount()
                : invoice.amount().multiply(invoice.exchangeRate()));
        BigDecimal credits = period.credits();
        BigDecimal expected = period.charge().amount().subtract(credits);
        BigDecimal difference = invoiced.subtract(expected);
        var causes = new ArrayList<Reconciliation.Cause>();
        BigDecimal explained = BigDecimal.ZERO;
        Map<Unit, UnitUsage> measured = Charges.units(version, period.report());
        for (var entry : measured.entrySet()) {
            BigDecimal billed = billed(invoice, entry.getKey());
            if (billed == null || billed.compareTo(entry.getValue().units()) == 0) {
                continue;
            }
            BigDecimal more = billed.subtract(entry.getValue().units());
            BigDecimal worth = Charges.money(more.multiply(entry.getValue().rate()));
            explained = explained.add(worth);
            String unit = entry.getKey().name().toLowerCase(java.util.Locale.ROOT);
            causes.add(new Reconciliation.Cause("UNITS", worth, "Billed " + plain(billed) + " " + unit + ", measured "
                    + plain(entry.getValue().units()) + ": " + plain(more.abs()) + " " + unit + (more.signum() > 0 ? " more" : " fewer")
                    + " at " + entry.getValue().rate().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " each."));
        }
        BigDecimal rest = difference.subtract(explained);
        if (rest.signum() != 0 && credits.signum() > 0 && rest.compareTo(credits) == 0) {
            causes.add(new Reconciliation.Cause("CREDITS_NOT_DEDUCTED", credits, "The period's service credits of " + credits + " "
                    + currency + " are not deducted."));
        } else if (rest.signum() != 0) {
            causes.add(new Reconciliation.Cause("PRICE", rest, "The amount differs from the contracted rates and fees by " + rest + " "
                    + currency + (credits.signum() > 0 ? " (service credits of " + credits + " counted as deducted)" : "") + "."));
        }
        return new Reconciliation(currency, period.charge().amount(), credits, expected, invoiced, difference, causes);
    }

    private static BigDecimal billed(Invoice invoice, Unit unit) {
        return switch (unit) {
            case MINUTES -> invoice.billedMinutes();
            case HOURS -> invoice.billedHours();
            case CONTACTS -> invoice.billedContacts() == null ? null : BigDecimal.valueOf(invoice.billedContacts());
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
