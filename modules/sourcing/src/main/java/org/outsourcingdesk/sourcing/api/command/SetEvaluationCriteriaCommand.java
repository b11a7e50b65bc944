package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.Criterion;

/**
 * Set a round's criteria and weights, from the revision the analyst edited.
 *
 * @param reason why (optional before scoring starts)
 */
@PermittedRoles(Role.PROCUREMENT)
public record SetEvaluationCriteriaCommand(@TargetAggregateIdentifier String roundId, int basedOnRevision,
                                           List<Criterion> criteria, String reason, String setBy) {
}
