package org.outsourcingdesk.sourcing.api.model;

/** How well a vendor's agents speak a language, on the usual four steps. */
public enum Proficiency {
    BASIC("Basic"),
    CONVERSATIONAL("Conversational"),
    FLUENT("Fluent"),
    NATIVE("Native");

    private final String label;

    Proficiency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
