package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.Reconciliation;

/**
 * A fact that a vendor's invoice was recorded and held against the period's measured usage at the
 * contracted rates, minus its credits: the invoice as received and the reconciliation as it came out.
 */
@Revision("1")
public record InvoiceReconciledEvent(EngagementId engagementId, String monitoringId, Invoice invoice,
                                     Reconciliation reconciliation, String recordedBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Invoice " + invoice.invoiceNumber() + " for the period from " + invoice.periodStart() + ": " + (reconciliation.matches()
                ? "matches the expected " + reconciliation.expected() + " " + reconciliation.currency()
                : "differs from the expected " + reconciliation.expected() + " " + reconciliation.currency() + " by "
                + reconciliation.difference()) + ".";
    }
}
