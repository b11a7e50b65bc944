package org.outsourcingdesk.assessment.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money figures are estimates computed in doubles and stated to the cent. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
