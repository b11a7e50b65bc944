package org.outsourcingdesk.sourcing.api.model;

/** Which agent hours an hourly quote bills. */
public enum BillingBasis {
    /** Only the hours agents spend handling contacts (contacts times handle time). */
    PRODUCTIVE("Productive hours"),
    /** Every hour an agent is rostered on the queue, waiting included. */
    SCHEDULED("Scheduled hours");

    private final String label;

    BillingBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
