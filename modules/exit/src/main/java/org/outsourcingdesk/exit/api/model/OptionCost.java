package org.outsourcingdesk.exit.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one option costs over the review's horizon, line by line, its total, the difference against
 * staying (renewal: positive when dearer), the earliest day the vendor's service could end under it,
 * and a note (such as a fee schedule above the cap, or no ground for cause).
 */
public record OptionCost(ExitOption option, List<CostLine> lines, BigDecimal total, BigDecimal againstStaying, LocalDate earliestEnd,
                         String note) {

    public OptionCost {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
