package org.outsourcingdesk.sourcing.api.model;

/** What a due-diligence check found. */
public enum DueDiligenceOutcome {
    PASSED("Passed"), RISK("Risk"), FAILED("Failed");

    private final String label;

    DueDiligenceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
