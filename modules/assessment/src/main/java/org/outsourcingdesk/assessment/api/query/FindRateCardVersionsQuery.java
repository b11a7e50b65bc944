package org.outsourcingdesk.assessment.api.query;

/** Every version of the rate card, newest first. */
public record FindRateCardVersionsQuery() {
}
