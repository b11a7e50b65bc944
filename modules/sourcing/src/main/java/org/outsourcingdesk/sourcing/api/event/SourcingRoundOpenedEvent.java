package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Criterion;

/**
 * A fact that a sourcing round opened for an engagement because its outsourcing decision was
 * approved: its number, the scope the decision set (channels, target regions, pricing models), and the
 * criteria it starts from (the standard template, revision 1).
 */
@Revision("1")
public record SourcingRoundOpenedEvent(EngagementId engagementId, String roundId, int number, List<Channel> channels,
                                       List<String> regions, List<PricingModel> pricingModels, List<Criterion> criteria,
                                       String openedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Opened sourcing round " + number + " for " + channels.size() + " channel(s) and " + regions.size()
                + " target region(s).";
    }
}
