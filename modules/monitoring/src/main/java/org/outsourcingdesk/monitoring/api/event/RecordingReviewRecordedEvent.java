package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;

/** A fact that a sample of the vendor's call recordings was reviewed, with its findings and the feedback given. */
@Revision("1")
public record RecordingReviewRecordedEvent(EngagementId engagementId, String monitoringId, String reviewId, RecordingReview review,
                                           String recordedBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Reviewed " + review.sampleSize() + " call recordings on " + review.reviewedOn() + ": average score "
                + review.averageScorePercent() + " %.";
    }
}
