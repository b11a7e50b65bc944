package org.outsourcingdesk.assessment.api.query;

import java.time.LocalDate;

/**
 * How to convert USD into {@code currency} on {@code on}: the latest rate as of that date; empty
 * when an administrator has set none (USD itself always converts at 1).
 */
public record FindConversionQuery(String currency, LocalDate on) {
}
