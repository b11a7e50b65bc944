package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The fully loaded in-house cost a year, by channel and in total, in the engagement's currency. */
public record InHouseCost(String currency, List<ChannelCost> channels, BigDecimal total, BigDecimal costPerContact,
                          double supervisors) {

    public Optional<ChannelCost> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }
}
