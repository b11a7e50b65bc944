package org.outsourcingdesk.contracting.api.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Record that a party signed the approved contract: who signed for it and on which day ({@code today}
 * is the recording day, so that a signature is never dated in the future).
 */
@PermittedRoles(Role.PROCUREMENT)
public record RecordSignatureCommand(@TargetAggregateIdentifier String contractId, Party party, String signatory,
                                     LocalDate signedOn, LocalDate today, String recordedBy) {
}
