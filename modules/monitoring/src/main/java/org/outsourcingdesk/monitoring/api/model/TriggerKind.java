package org.outsourcingdesk.monitoring.api.model;

/** Why monitoring says the relationship needs a review. */
public enum TriggerKind {
    FOR_CAUSE("A ground for termination for cause is met"),
    VOLUME_BELOW_MINIMUM("Volume below the minimum commitment"),
    COMPLAINTS_SPIKE("A spike in complaints and bad reviews"),
    COST_ABOVE_BASELINE("Cost per contact above the in-house baseline");

    private final String label;

    TriggerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
