package org.outsourcingdesk.assessment.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** One engagement as an {@link EngagementView}; empty when there is none with this id. */
public record FindEngagementQuery(EngagementId engagementId) {
}
