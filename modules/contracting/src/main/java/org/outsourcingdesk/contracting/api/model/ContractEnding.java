package org.outsourcingdesk.contracting.api.model;

/** How a contract ended: the kind of ending its exit decided. */
public enum ContractEnding {
    TERMINATED_FOR_CAUSE("Terminated for cause"),
    TERMINATED_FOR_CONVENIENCE("Terminated for convenience"),
    EXPIRED("Expired");

    private final String label;

    ContractEnding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
