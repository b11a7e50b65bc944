package org.outsourcingdesk.monitoring.api.query;

/** Every monitoring with an open review trigger, for the dashboard: a {@code List<MonitoringView>}. */
public record FindOpenTriggersQuery() {
}
