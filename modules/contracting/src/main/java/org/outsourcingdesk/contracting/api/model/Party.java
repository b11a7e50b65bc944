package org.outsourcingdesk.contracting.api.model;

/** A side of the contract. */
public enum Party {
    CLIENT("Us"), VENDOR("Vendor");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
