package org.outsourcingdesk.sourcing.api.model;

/** Why a shortlisted vendor was not chosen. */
public record Rejection(String vendorId, String vendorName, String reason) {
}
