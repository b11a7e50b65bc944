package org.outsourcingdesk.sourcing.api.model;

/** The tone of what customers write about a vendor online. */
public enum Sentiment {
    POSITIVE("Positive"), MIXED("Mixed"), NEGATIVE("Negative");

    private final String label;

    Sentiment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
