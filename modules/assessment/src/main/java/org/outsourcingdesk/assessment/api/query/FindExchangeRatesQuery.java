package org.outsourcingdesk.assessment.api.query;

/** Every exchange rate, by currency and newest date first. */
public record FindExchangeRatesQuery() {
}
