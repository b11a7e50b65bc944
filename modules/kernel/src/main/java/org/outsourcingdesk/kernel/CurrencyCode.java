package org.outsourcingdesk.kernel;

import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** ISO 4217 currency codes as people type them: three capital letters of a currency in use. */
public final class CurrencyCode {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}");

    /** ISO codes for metals, bond units, drawing rights, testing and "no currency": nothing a contract is paid in. */
    private static final java.util.Set<String> NOT_MONEY = java.util.Set.of(
            "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XTS", "XXX");

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
