package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;

/** A fact that a vendor quoted for a channel, with the volume it was priced at and the figures it came to then. */
@Revision("1")
public record QuoteRecordedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName, Channel channel,
                                 String region, int revision, Quote quote, QuoteVolume volume, QuoteCost cost, String recordedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Recorded " + vendorName + "'s quote " + revision + " for " + channel.label() + " (" + quote.pricingModel().label() + "): "
                + cost.averageAnnual().toPlainString() + " " + cost.currency() + " a year, " + cost.costPerContact().toPlainString()
                + " per contact" + (cost.band() != null && cost.band().outside() ? "; rate " + cost.band().position().toLowerCase(java.util.Locale.ROOT)
                + " the rate card's band" : "") + ".";
    }
}
