package org.outsourcingdesk.exit.api.model;

/** What a relationship review may decide. */
public enum ExitOption {
    RENEW("Renew", false), RENEGOTIATE("Renegotiate", false), TERMINATE_FOR_CAUSE("Terminate for cause", true),
    TERMINATE_FOR_CONVENIENCE("Terminate for convenience", true), LET_EXPIRE("Let it expire", true);

    private final String label;
    private final boolean ends;

    ExitOption(String label, boolean ends) {
        this.label = label;
        this.ends = ends;
    }

    public String label() {
        return label;
    }

    /** Whether it ends the relationship (notice, transition, settlement follow). */
    public boolean ends() {
        return ends;
    }
}
