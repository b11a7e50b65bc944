package org.outsourcingdesk.contracting.api.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * Draft the contract with the vendor a round selected, prefilled with its quotes. Sent by the
 * contracting module on the approver's behalf when the selection is approved.
 */
@PermittedRoles(Role.APPROVER)
public record DraftContractCommand(@TargetAggregateIdentifier String contractId, EngagementId engagementId, String roundId,
                                   String vendorId, String vendorName, List<RoundQuote> prices, String draftedFor) {
}
