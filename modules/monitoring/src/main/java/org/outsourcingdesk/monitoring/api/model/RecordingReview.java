package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A review of a sample of the vendor's recorded calls: how many were listened to, their average score
 * on the quality form (percent), what was found, and the feedback given to the vendor's
 * representatives, and when.
 */
public record RecordingReview(LocalDate reviewedOn, Integer sampleSize, BigDecimal averageScorePercent, String findings,
                              String feedback, LocalDate feedbackGivenOn) {
}
