package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;

/**
 * A fact that a period's results call for a review of the relationship: why (with the SLA metric for
 * a ground for cause), the period it fired in, and the evidence, a line per period or figure. The exit
 * stage reacts to it. A trigger stays open until that review closes it; an open one does not fire again.
 */
@Revision("1")
public record ReviewTriggeredEvent(EngagementId engagementId, String monitoringId, String triggerId, TriggerKind kind,
                                   SlaMetric metric, LocalDate periodStart, String description, List<String> evidence)
        implements MonitoringEvent, DecisionEvent {

    public ReviewTriggeredEvent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String summary() {
        return "Review triggered: " + description;
    }
}
