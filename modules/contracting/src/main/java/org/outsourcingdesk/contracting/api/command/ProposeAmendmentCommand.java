package org.outsourcingdesk.contracting.api.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Propose an amendment of a signed contract, from a day that has not passed ({@code today} is the
 * proposing day): a new term, new SLAs, new rates (null or empty: unchanged), and why. It goes to
 * legal review and approval like the contract did.
 */
@PermittedRoles(Role.PROCUREMENT)
public record ProposeAmendmentCommand(@TargetAggregateIdentifier String contractId, LocalDate effectiveFrom, String reason,
                                      ContractTerm term, ServiceLevels serviceLevels, List<RateChange> rates, LocalDate today,
                                      String proposedBy) {
}
