package org.outsourcingdesk.sourcing.api.query;

/** One vendor, as the registry knows it now. */
public record FindVendorQuery(String vendorId) {
}
