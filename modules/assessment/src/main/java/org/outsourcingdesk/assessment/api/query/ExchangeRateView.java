package org.outsourcingdesk.assessment.api.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One exchange rate: units of {@code currency} for one US dollar, valid from {@code asOf}. */
public record ExchangeRateView(String currency, LocalDate asOf, BigDecimal unitsPerUsd, String setBy, Instant setAt) {
}
