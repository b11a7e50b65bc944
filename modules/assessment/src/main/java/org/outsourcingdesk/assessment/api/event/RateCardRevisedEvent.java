package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.kernel.DescribedEvent;

/** A fact that the rate card got a new version with these prices (USD), revised by an administrator, and why. */
@Revision("1")
public record RateCardRevisedEvent(String rateCardId, int version, RateCardContent content, String note,
                                   String revisedBy) implements DescribedEvent {

    @Override
    public String summary() {
        return "Revised the rate card to version " + version + " (" + content.regions().size() + " regions)"
                + (note == null || note.isBlank() ? "." : ": " + note);
    }
}
