package org.outsourcingdesk.exit.api.model;

/** What opened a relationship review. */
public enum ReviewOrigin {
    TRIGGER("A monitoring trigger"), DEADLINE("An approaching renewal or notice deadline"), BY_HAND("Opened by hand");

    private final String label;

    ReviewOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
