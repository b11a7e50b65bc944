package org.outsourcingdesk.sourcing.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Waiver;

/**
 * Propose a shortlisted vendor as the round's choice, with the rationale, why each other shortlisted
 * vendor was not chosen, and a waiver for each mandatory due-diligence item the vendor failed. An
 * approver other than the proposer decides.
 */
@PermittedRoles(Role.PROCUREMENT)
public record ProposeSelectionCommand(@TargetAggregateIdentifier String roundId, String vendorId, String rationale,
                                      List<Rejection> rejections, List<Waiver> waivers, String proposedBy) {
}
