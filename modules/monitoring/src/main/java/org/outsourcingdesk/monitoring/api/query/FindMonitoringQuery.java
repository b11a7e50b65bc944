package org.outsourcingdesk.monitoring.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** The monitoring of an engagement's contract, if it has begun: an {@code Optional<MonitoringView>}. */
public record FindMonitoringQuery(EngagementId engagementId) {
}
