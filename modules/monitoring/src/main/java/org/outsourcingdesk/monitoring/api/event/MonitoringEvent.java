package org.outsourcingdesk.monitoring.api.event;

import org.outsourcingdesk.kernel.EngagementEvent;

/** An event of one contract's monitoring, which it names. */
public interface MonitoringEvent extends EngagementEvent {

    String monitoringId();
}
