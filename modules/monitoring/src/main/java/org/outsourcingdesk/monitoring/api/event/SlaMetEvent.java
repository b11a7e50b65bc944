package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.SlaResult;

/** A fact that a period met one SLA of the contract version in force in it. */
@Revision("1")
public record SlaMetEvent(EngagementId engagementId, String monitoringId, LocalDate periodStart, int contractVersion,
                          SlaResult result) implements MonitoringEvent {

    @Override
    public String summary() {
        return result.metric().label() + " met in the period from " + periodStart + ": " + result.measured() + " "
                + result.metric().unit() + " against " + result.target() + " (version " + contractVersion + ").";
    }
}
