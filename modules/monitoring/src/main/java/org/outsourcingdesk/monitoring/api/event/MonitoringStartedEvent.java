package org.outsourcingdesk.monitoring.api.event;

import java.math.BigDecimal;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that monitoring of an active contract began: the contract's first version (term, SLAs,
 * prices) and its grounds for cause, the periods it is reported in, its currency, and the figures it
 * is held against as they were then: the in-house cost per contact of the channels outsourced and
 * the yearly saving their quotes promised.
 */
@Revision("1")
public record MonitoringStartedEvent(EngagementId engagementId, String monitoringId, String contractId, String vendorName,
                                     ContractVersion version, TerminationTerms termination, MeasurementPeriod cadence,
                                     String currency, BigDecimal baselineCostPerContact, BigDecimal expectedAnnualSaving,
                                     String startedFor) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Monitoring of the contract with " + vendorName + " began: " + cadence.label().toLowerCase() + " periods from "
                + version.term().startsOn() + ".";
    }
}
