package org.outsourcingdesk.assessment.api.query;

/** All engagements, newest first, as {@link EngagementView}s. */
public record FindEngagementsQuery() {
}
