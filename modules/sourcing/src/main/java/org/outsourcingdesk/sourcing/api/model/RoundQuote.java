package org.outsourcingdesk.sourcing.api.model;

import java.time.Instant;
import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * A vendor's quote for one channel of a round, as last recorded: the quote, the volume it was priced
 * at (the approved assessment's forecast) and the figures it came to then.
 *
 * @param revision how many quotes the vendor has given for this channel, this one included
 */
public record RoundQuote(Channel channel, String region, int revision, Quote quote, QuoteVolume volume, QuoteCost cost,
                         String recordedBy, Instant recordedAt) {
}
