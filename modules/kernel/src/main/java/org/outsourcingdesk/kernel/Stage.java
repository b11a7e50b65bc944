package org.outsourcingdesk.kernel;

/** The five stages an engagement goes through, in order, and where it ends. */
public enum Stage {
    ASSESSMENT("Assessment"),
    SOURCING("Sourcing"),
    CONTRACTING("Contracting"),
    MONITORING("Monitoring"),
    EXIT("Exit"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
