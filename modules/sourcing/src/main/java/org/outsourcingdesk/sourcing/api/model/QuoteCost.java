package org.outsourcingdesk.sourcing.api.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quote turned into comparable figures at a volume, in the quote's currency: what a month costs
 * (the minimum commitment applied), a year of it, the first year with the set-up fee, the average
 * year over the contract (set-up fee spread over it), the cost per contact on that average, the saving
 * against in-house when known, and how each figure was reached, in words.
 *
 * @param band the rate card's band for the vendor's region, when a region was given and the model has one
 */
public record QuoteCost(String currency, BigDecimal monthly, boolean minimumApplied, BigDecimal recurringAnnual,
                        BigDecimal firstYear, BigDecimal averageAnnual, BigDecimal costPerContact, BigDecimal saving,
                        BigDecimal savingPercent, List<String> workings, BandCheck band) {

    /**
     * The quoted rate held against the rate card's band for the region, converted to the quote's currency.
     *
     * @param position BELOW, WITHIN or ABOVE the band
     */
    public record BandCheck(String region, String rate, BigDecimal quoted, BigDecimal low, BigDecimal high, String position,
                            String note) {
        public boolean outside() {
            return !"WITHIN".equals(position);
        }
    }
}
