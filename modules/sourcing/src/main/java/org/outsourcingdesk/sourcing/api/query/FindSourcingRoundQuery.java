package org.outsourcingdesk.sourcing.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** An engagement's latest sourcing round, if one was opened. */
public record FindSourcingRoundQuery(EngagementId engagementId) {
}
