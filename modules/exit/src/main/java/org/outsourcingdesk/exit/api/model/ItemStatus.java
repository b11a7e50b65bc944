package org.outsourcingdesk.exit.api.model;

/** Where a readiness item stands; in progress counts half towards the readiness score. */
public enum ItemStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
