package org.outsourcingdesk.contracting.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that the draft's SLAs and the cap on a period's service credits were set. */
@Revision("1")
public record ServiceLevelsSetEvent(EngagementId engagementId, String contractId, ServiceLevels serviceLevels, String setBy)
        implements ContractEvent {

    @Override
    public String summary() {
        return "Set " + serviceLevels.levels().size() + " SLA" + (serviceLevels.levels().size() == 1 ? "" : "s")
                + ", service credits capped at " + serviceLevels.creditCapPercent().stripTrailingZeros().toPlainString()
                + " % of a period's fee" + (serviceLevels.rewardsSpeedOverService()
                ? "; handle time carries credits while no quality metric does" : "") + ".";
    }
}
