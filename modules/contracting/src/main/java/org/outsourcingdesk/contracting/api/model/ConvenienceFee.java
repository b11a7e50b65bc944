package org.outsourcingdesk.contracting.api.model;

import java.math.BigDecimal;

/**
 * A step of the fee schedule for ending the contract for convenience: from this month of the term
 * on (1 is the first), ending costs this amount, in the contract's currency, until the next step.
 */
public record ConvenienceFee(Integer fromMonth, BigDecimal fee) {
}
