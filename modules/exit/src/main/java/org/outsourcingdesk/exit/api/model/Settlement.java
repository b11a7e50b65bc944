package org.outsourcingdesk.exit.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The final settlement with the vendor: its last invoice, the service credits still owed to us, the
 * amount finally paid (or received, negative), and the day it was settled.
 */
public record Settlement(String lastInvoiceNumber, BigDecimal outstandingCredits, BigDecimal finalAmount, LocalDate settledOn) {
}
