package org.outsourcingdesk.sourcing.api.model;

/**
 * Where a vendor's agents work: the country (ISO 3166 alpha-2), the city if known, and the region of
 * the rate card its prices are held against (a region code such as {@code ASIA_PHILIPPINES}).
 */
public record DeliveryLocation(String country, String city, String region) {
}
