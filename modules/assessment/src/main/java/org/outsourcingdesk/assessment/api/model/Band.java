package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A price band of the rate card: from {@code low} to {@code high}, inclusive. */
public record Band(BigDecimal low, BigDecimal high) {

    public static Band of(String low, String high) {
        return new Band(new BigDecimal(low), new BigDecimal(high));
    }

    public BigDecimal mid() {
        return low.add(high).divide(BigDecimal.TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
