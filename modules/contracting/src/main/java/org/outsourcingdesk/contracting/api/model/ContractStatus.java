package org.outsourcingdesk.contracting.api.model;

/** Where a contract is on its way from draft to active, and at its end: each step is an event. */
public enum ContractStatus {
    DRAFT("Draft"),
    IN_LEGAL_REVIEW("In legal review"),
    LEGALLY_APPROVED("Legal review passed; awaiting approval"),
    APPROVED("Approved; awaiting signatures"),
    SIGNED("Signed; starts on its first day"),
    ACTIVE("Active"),
    /** Its exit is complete: it changes no more. */
    ENDED("Ended");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Signed by both parties, whether it has started, or ended, or not. */
    public boolean signed() {
        return this == SIGNED || this == ACTIVE || this == ENDED;
    }

    /** In force or due to be: signed and not ended, so it may still be amended or ended. */
    public boolean inForce() {
        return this == SIGNED || this == ACTIVE;
    }
}
