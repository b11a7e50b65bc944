package org.outsourcingdesk.exit.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;

/**
 * Propose how the relationship goes on, with a rationale, every option's cost as compared now, and for
 * a termination for cause the evidence: a trigger of the review, or a documented breach.
 */
@PermittedRoles(Role.PROCUREMENT)
public record ProposeExitOptionCommand(@TargetAggregateIdentifier String exitId, ExitOption option, String rationale, String evidence,
                                       CostComparison comparison, String proposedBy) {
}
