package org.outsourcingdesk.monitoring.api.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.SlaResult;

/**
 * A fact that a period breached one SLA of the contract version in force in it, and the service
 * credit that breach earns, in the contract's currency, within the period's cap.
 */
@Revision("1")
public record SlaBreachedEvent(EngagementId engagementId, String monitoringId, LocalDate periodStart, int contractVersion,
                               SlaResult result, String currency) implements MonitoringEvent {

    @Override
    public String summary() {
        return result.metric().label() + " breached in the period from " + periodStart + ": " + result.measured() + " "
                + result.metric().unit() + " against " + result.target() + " (version " + contractVersion + "); credit "
                + result.credited() + " " + currency + (result.capped() ? " (capped)" : "") + ".";
    }
}
