package org.outsourcingdesk.exit.api.model;

import java.math.BigDecimal;

/**
 * What the analyst assumes for the cost comparison: the horizon in months, the months both the vendor
 * and the next provider (or in-house staff) run side by side, where the service would go, what a new
 * sourcing round costs, and the saving a renegotiation aims at (percent of the vendor's charges).
 */
public record ReviewInputs(Integer horizonMonths, Integer parallelRunMonths, ReturnPath returnPath, BigDecimal sourcingRoundCost,
                           BigDecimal renegotiationSavingPercent) {
}
