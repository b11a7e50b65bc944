package org.outsourcingdesk.monitoring.api.model;

/** The kinds of governance meeting the contract's governance section foresees, and any other. */
public enum MeetingType {
    OPERATIONS("Operations meeting"), MONTHLY_PERFORMANCE("Monthly performance review"),
    QUARTERLY_BUSINESS_REVIEW("Quarterly business review"), ESCALATION("Escalation meeting"), OTHER("Other meeting");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
