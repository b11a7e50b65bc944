package org.outsourcingdesk.sourcing.api.model;

import java.time.Instant;

/** An online-review finding as recorded, with who recorded it and when. */
public record RecordedReview(ReviewFinding finding, String recordedBy, Instant recordedAt) {
}
