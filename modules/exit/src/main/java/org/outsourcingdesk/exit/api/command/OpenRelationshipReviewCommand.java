package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;

/**
 * Open a review of the relationship: by hand (procurement), or for a monitoring trigger (sent by the
 * exit module for whoever reported the period) or an approaching deadline (for the contract's approver). A trigger that fires while a review is open joins it.
 */
@PermittedRoles({Role.PROCUREMENT, Role.APPROVER})
public record OpenRelationshipReviewCommand(@TargetAggregateIdentifier String exitId, String reviewId, ReviewOrigin origin, String reason,
                                            String triggerId, String openedBy) {
}
