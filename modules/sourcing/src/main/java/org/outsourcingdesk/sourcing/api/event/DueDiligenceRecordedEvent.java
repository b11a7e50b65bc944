package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;

/** A fact that a due-diligence item was judged for a vendor, on this evidence. */
@Revision("1")
public record DueDiligenceRecordedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName,
                                        DueDiligenceItem item, DueDiligenceOutcome outcome, String evidence,
                                        List<ReferenceCheck> references, String recordedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Due diligence on " + vendorName + ": " + item.label() + " " + outcome.label().toLowerCase(java.util.Locale.ROOT) + ".";
    }
}
