package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a period costs at the contracted rates for the usage measured: the contract's currency, the
 * amount (the minimum commitment applied), the usage's worth before that minimum, whether the minimum
 * applied, and how it was reached, a line per price line.
 */
public record PeriodCharge(String currency, BigDecimal amount, BigDecimal usage, BigDecimal minimum, boolean minimumApplied,
                           List<String> workings) {

    public PeriodCharge {
        workings = workings == null ? List.of() : List.copyOf(workings);
    }
}
