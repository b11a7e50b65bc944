package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;

/** A fact that a mystery-shopper test call to the vendor was planned. */
@Revision("1")
public record TestCallScheduledEvent(EngagementId engagementId, String monitoringId, String callId, PlannedTestCall plan,
                                     String scheduledBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Planned a test call (" + plan.channel().label() + ") for " + plan.dueOn() + ": " + plan.scenario();
    }
}
