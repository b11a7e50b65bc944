package org.outsourcingdesk.assessment.api.model;

/**
 * What customer service costs in one region of the world, in USD.
 *
 * @param code            stable key, such as {@code US_CA}
 * @param domestic        a US/Canada (onshore) option, always shown beside offshore ones
 * @param hourly          per agent hour for dedicated agents (the location band)
 * @param sharedPerMinute per minute used from a shared agent pool, or null when not offered
 * @param outboundHourly  per agent hour of outbound calling, or null when not offered
 * @param monthlyOffered  whether providers here roll dedicated service into a monthly price
 * @param note            where the figures come from, or what was assumed
 */
public record RegionRate(String code, String name, boolean domestic, Band hourly, Band sharedPerMinute,
                         Band outboundHourly, boolean monthlyOffered, String note) {
}
