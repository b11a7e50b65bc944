package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an approved amendment's version of the contract judges the periods from its first day on. */
@Revision("1")
public record ContractVersionAppliedEvent(EngagementId engagementId, String monitoringId, ContractVersion version)
        implements MonitoringEvent {

    @Override
    public String summary() {
        return "Periods from " + version.effectiveFrom() + " on are judged by the contract's version " + version.number() + ".";
    }
}
