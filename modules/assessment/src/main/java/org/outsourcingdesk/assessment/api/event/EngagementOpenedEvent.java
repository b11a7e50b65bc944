package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A fact that an engagement was opened: it exists from now on, in the assessment stage, under this
 * reference, name, business unit and currency, opened by this analyst.
 */
@Revision("1")
public record EngagementOpenedEvent(EngagementId engagementId, String reference, String name, String businessUnit,
                                    String currency, String openedBy) implements DecisionEvent {

    @Override
    public String summary() {
        return "Opened engagement " + reference + " \u201c" + name + "\u201d for " + businessUnit + ", in " + currency + ".";
    }
}
