package org.outsourcingdesk.assessment.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** The assessment of one engagement; empty when the engagement has none recorded yet. */
public record FindAssessmentQuery(EngagementId engagementId) {
}
