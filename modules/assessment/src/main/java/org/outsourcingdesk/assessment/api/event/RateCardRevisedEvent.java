package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.RateCardContent;

/** A fact that the rate card got a new version with these prices (USD), revised by an administrator, and why. */
@Revision("1")
public record RateCardRevisedEvent(String rateCardId, int version, RateCardContent content, String note,
                                   String revisedBy) {
}
