package org.outsourcingdesk.assessment.api.event;

import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an analyst recorded the demand profile of an engagement: it replaces any earlier one. */
@Revision("1")
public record DemandProfileRecordedEvent(EngagementId engagementId, DemandProfile profile, String recordedBy)
        implements EngagementEvent {

    @Override
    public String summary() {
        long volume = profile.channels().stream().mapToLong(ChannelDemand::monthlyVolume).sum();
        return "Recorded the demand profile: " + profile.channels().stream().map(c -> c.channel().label())
                .collect(Collectors.joining(", ")) + "; " + String.format("%,d", volume) + " contacts a month.";
    }
}
