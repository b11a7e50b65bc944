package org.outsourcingdesk.assessment.api.model;

/** Where an assessment stands: being worked on, waiting for an approver, or decided. */
public enum AssessmentStatus {
    IN_PROGRESS("In progress"),
    PROPOSED("Awaiting approval"),
    DECIDED("Decided");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
