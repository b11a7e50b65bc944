package org.outsourcingdesk.monitoring.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.model.Invoice;

/** Record a vendor's invoice for a reported period, which is reconciled at once. */
@PermittedRoles(Role.PROCUREMENT)
public record RecordInvoiceCommand(@TargetAggregateIdentifier String monitoringId, Invoice invoice, String recordedBy) {
}
