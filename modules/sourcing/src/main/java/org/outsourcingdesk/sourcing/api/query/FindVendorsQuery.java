package org.outsourcingdesk.sourcing.api.query;

/** The vendors that match a filter, by name. */
public record FindVendorsQuery(VendorFilter filter) {
}
