package org.outsourcingdesk.contracting.api.model;

/** How often a meeting or a report happens. */
public enum Cadence {
    NONE("Never"), WEEKLY("Weekly"), FORTNIGHTLY("Every two weeks"), MONTHLY("Monthly"), QUARTERLY("Quarterly");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
