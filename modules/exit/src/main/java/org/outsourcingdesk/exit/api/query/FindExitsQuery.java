package org.outsourcingdesk.exit.api.query;

/** Every exit case not completed, for the dashboard's readiness and open reviews: a {@code List<ExitView>}. */
public record FindExitsQuery() {
}
