package org.outsourcingdesk.assessment.api.model;

/** How strongly a qualitative factor applies. */
public enum Rating {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
