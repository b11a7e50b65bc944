package org.outsourcingdesk.kernel;

import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** ISO 4217 currency codes as people type them: three capital letters of a currency in use. */
public final class CurrencyCode {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}");

    /**
     * Codes the JDK still knows that no contract is paid in: metals, bond units, drawing rights, fund
     * and accounting units, testing and "no currency", and currencies withdrawn from circulation
     * (the euro's predecessors and replaced national currencies).
     */
    private static final java.util.Set<String> NOT_MONEY = java.util.Set.of(
            // metals, units, funds, testing
            "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XTS", "XXX",
            "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XFO", "XFU",
            // withdrawn
            "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CUC", "CYP", "DEM", "EEK",
            "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO",
            "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SLL", "SRG", "STD", "TMM", "TPE",
            "TRL", "VEB", "VEF", "YUM", "ZMK", "ZWD", "ZWL", "ZWN", "ZWR");

    private CurrencyCode() {
    }

    /** The currency, or empty when the code is not an ISO 4217 code of a real currency. */
    public static Optional<Currency> find(String code) {
        if (code == null || !SHAPE.matcher(code).matches() || NOT_MONEY.contains(code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String code) {
        return find(code).isPresent();
    }

    public static Currency parse(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("not an ISO 4217 currency code: " + code));
    }
}
