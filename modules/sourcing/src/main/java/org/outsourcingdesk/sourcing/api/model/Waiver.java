package org.outsourcingdesk.sourcing.api.model;

/** A failed mandatory due-diligence item accepted for the selected vendor, and why. */
public record Waiver(DueDiligenceItem item, String reason) {
}
