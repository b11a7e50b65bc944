package org.outsourcingdesk.assessment.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approver's comment on a proposal. */
@Schema(name = "CommentRequest")
public record CommentRequest(@Schema(description = "Optional when approving, required when rejecting") String comment) {
}
