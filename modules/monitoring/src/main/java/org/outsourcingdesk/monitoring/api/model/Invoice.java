package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vendor's invoice for a period as received: its number, the usage it bills (minutes, agent hours,
 * contacts, as its lines say), the amount and currency, and for an invoice in another currency than
 * the contract's the rate that converts one unit of it into the contract's currency, as recorded.
 */
public record Invoice(String invoiceNumber, LocalDate periodStart, BigDecimal billedMinutes, BigDecimal billedHours,
                      Long billedContacts, BigDecimal amount, String currency, BigDecimal exchangeRate) {
}
