package org.outsourcingdesk.monitoring.api.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that open review triggers were closed, because the relationship review they called for was decided. */
@Revision("1")
public record ReviewTriggersClosedEvent(EngagementId engagementId, String monitoringId, List<String> triggerIds, String reason,
                                        String closedBy) implements MonitoringEvent, DecisionEvent {

    public ReviewTriggersClosedEvent {
        triggerIds = triggerIds == null ? List.of() : List.copyOf(triggerIds);
    }

    @Override
    public String summary() {
        return "Closed " + triggerIds.size() + " review trigger(s): " + reason;
    }
}
