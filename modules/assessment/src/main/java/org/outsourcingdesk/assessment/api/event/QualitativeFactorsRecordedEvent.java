package org.outsourcingdesk.assessment.api.event;

import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an analyst rated the qualitative factors of an engagement: the ratings replace any earlier ones. */
@Revision("1")
public record QualitativeFactorsRecordedEvent(EngagementId engagementId, QualitativeFactors factors,
                                              String recordedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Rated the qualitative factors: " + factors.ratings().stream()
                .map(r -> r.factor().label() + " " + r.rating().label().toLowerCase())
                .collect(Collectors.joining(", ")) + ".";
    }
}
