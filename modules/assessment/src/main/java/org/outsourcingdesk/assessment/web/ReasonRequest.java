package org.outsourcingdesk.assessment.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a decided assessment is reopened. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(@Schema(description = "Required") String reason) {
}
