package org.outsourcingdesk.sourcing.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.QuoteCost;
import org.outsourcingdesk.sourcing.api.model.QuoteVolume;

/** Record a shortlisted vendor's quote for one channel, priced at the round's volume (a later quote for the channel replaces it). */
@PermittedRoles(Role.PROCUREMENT)
public record RecordQuoteCommand(@TargetAggregateIdentifier String roundId, String vendorId, Channel channel, String region,
                                 Quote quote, QuoteVolume volume, QuoteCost cost, String recordedBy) {
}
