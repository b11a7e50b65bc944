package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;

/** Record the outcome of one due-diligence item for a shortlisted vendor, with its evidence. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordDueDiligenceCommand(@TargetAggregateIdentifier String roundId, String vendorId, DueDiligenceItem item,
                                        DueDiligenceOutcome outcome, String evidence, List<ReferenceCheck> references,
                                        String recordedBy) {
}
