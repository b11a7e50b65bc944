package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.Score;

/** An evaluator's scores of a shortlisted vendor on the round's criteria, each with its reason (they replace the evaluator's earlier ones). */
@PermittedRoles(Role.PROCUREMENT)
public record ScoreVendorCommand(@TargetAggregateIdentifier String roundId, String vendorId, List<Score> scores, String evaluator) {
}
