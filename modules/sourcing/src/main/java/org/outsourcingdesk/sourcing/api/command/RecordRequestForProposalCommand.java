package org.outsourcingdesk.sourcing.api.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/** Record that the request for proposal went to a shortlisted vendor, and when its answer is due. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordRequestForProposalCommand(@TargetAggregateIdentifier String roundId, String vendorId, LocalDate sentOn,
                                              LocalDate dueOn, String recordedBy) {
}
