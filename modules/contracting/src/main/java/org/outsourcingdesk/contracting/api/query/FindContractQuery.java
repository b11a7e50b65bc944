package org.outsourcingdesk.contracting.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** An engagement's latest contract, if one was drafted. */
public record FindContractQuery(EngagementId engagementId) {
}
