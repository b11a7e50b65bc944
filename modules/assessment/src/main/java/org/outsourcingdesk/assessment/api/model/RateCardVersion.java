package org.outsourcingdesk.assessment.api.model;

import java.time.Instant;

/** One version of the rate card: its number, its prices, and who revised it when and why. */
public record RateCardVersion(int version, RateCardContent content, String revisedBy, Instant revisedAt, String note) {
}
