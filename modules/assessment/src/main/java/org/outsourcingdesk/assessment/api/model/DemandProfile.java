package org.outsourcingdesk.assessment.api.model;

import java.util.List;
import java.util.Optional;

/** The demand of every channel an engagement serves, and how agents become full-time staff. */
public record DemandProfile(List<ChannelDemand> channels, StaffingAssumptions assumptions) {

    /** Every channel with its optional figures filled in ({@link ChannelDemand#normalized()}). */
    public DemandProfile normalized() {
        return new DemandProfile(channels == null ? null
                : channels.stream().map(c -> c == null ? null : c.normalized()).toList(), assumptions);
    }

    public Optional<ChannelDemand> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }
}
