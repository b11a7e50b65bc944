package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;

/** A fact that these due-diligence items became mandatory for the round's vendors (the others optional). */
@Revision("1")
public record MandatoryDueDiligenceSetEvent(EngagementId engagementId, String roundId, List<DueDiligenceItem> items, String setBy) implements EngagementEvent {

    @Override
    public String summary() {
        return items.isEmpty() ? "Made no due-diligence item mandatory." : "Made mandatory: "
                + String.join(", ", items.stream().map(DueDiligenceItem::label).toList()) + ".";
    }
}
