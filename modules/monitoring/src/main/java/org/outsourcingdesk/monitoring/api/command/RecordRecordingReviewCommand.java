package org.outsourcingdesk.monitoring.api.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;

/** Record a review of a sample of the vendor's call recordings. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordRecordingReviewCommand(@TargetAggregateIdentifier String monitoringId, String reviewId, RecordingReview review, LocalDate today,
                                           String recordedBy) {
}
