package org.outsourcingdesk.exit.api.query;

import org.outsourcingdesk.kernel.EngagementId;

/** The exit case of an engagement's latest contract, once its contract is active: an {@code Optional<ExitView>}. */
public record FindExitQuery(EngagementId engagementId) {
}
