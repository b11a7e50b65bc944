package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Revise the rate card: its prices become a new version.
 *
 * @param basedOnVersion the version the administrator edited (0 for the first); a newer one refuses the revision
 */
@PermittedRoles(Role.ADMIN)
public record ReviseRateCardCommand(@TargetAggregateIdentifier String rateCardId, int basedOnVersion,
                                    RateCardContent content, String note, String revisedBy) {
}
