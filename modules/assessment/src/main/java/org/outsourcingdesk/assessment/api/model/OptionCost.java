package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;

/**
 * One way of outsourcing one channel: a region and a pricing model, costed a year at the forecast
 * volume over the rate card's band, and set against the in-house cost of the channel.
 *
 * @param quantity          what is billed: minutes or agent hours a year
 * @param unit              "minutes" or "agent hours"
 * @param low               the year's cost at the low end of the band, in the engagement's currency
 * @param savingMid         in-house cost minus {@code mid}; negative when outsourcing costs more
 * @param savingPercent     {@code savingMid} as a share of the in-house cost
 * @param breakEven         the volume at which this option costs what in-house does
 */
public record OptionCost(Channel channel, String regionCode, String regionName, boolean domestic,
                         PricingModel pricingModel, double quantity, String unit, BigDecimal low, BigDecimal mid,
                         BigDecimal high, BigDecimal inHouse, BigDecimal savingLow, BigDecimal savingMid,
                         BigDecimal savingHigh, double savingPercent, BreakEven breakEven) {

    /**
     * Where the option and in-house cost the same.
     *
     * @param annualVolume the break-even volume a year, or null when the costs do not cross in range
     * @param outsourcingCheaper on which side of that volume outsourcing costs less
     */
    public record BreakEven(Long annualVolume, BreakEvenSide outsourcingCheaper) {
    }
}
