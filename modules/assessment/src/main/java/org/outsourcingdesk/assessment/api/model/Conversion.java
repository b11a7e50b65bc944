package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How rate-card prices in USD became the engagement's currency: {@code unitsPerUsd} units of
 * {@code currency} for one US dollar, as of {@code asOf} (null when the engagement counts in USD).
 */
public record Conversion(String currency, BigDecimal unitsPerUsd, LocalDate asOf) {

    public static Conversion none() {
        return new Conversion(RateCardContent.CURRENCY, BigDecimal.ONE, null);
    }

    public boolean identity() {
        return RateCardContent.CURRENCY.equals(currency);
    }
}
