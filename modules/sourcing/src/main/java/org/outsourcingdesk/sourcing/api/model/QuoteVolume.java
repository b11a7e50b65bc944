package org.outsourcingdesk.sourcing.api.model;

import java.math.BigDecimal;

/**
 * The work a quote is priced against: a year's contacts, their average handle time, and the agent
 * hours the channel needs rostered in a year (from the assessment's staffing); productive hours
 * follow from contacts and handle time.
 *
 * @param inHouseAnnualCost what the channel costs in-house a year, in the quote's currency (optional)
 */
public record QuoteVolume(Long annualContacts, Integer ahtSeconds, BigDecimal scheduledAgentHoursPerYear,
                          BigDecimal inHouseAnnualCost) {
}
