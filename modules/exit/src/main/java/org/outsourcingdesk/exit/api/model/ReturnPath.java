package org.outsourcingdesk.exit.api.model;

/** Where the service goes when the relationship ends. */
public enum ReturnPath {
    IN_HOUSE("Back in-house"), NEW_SOURCING_ROUND("A new sourcing round");

    private final String label;

    ReturnPath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
