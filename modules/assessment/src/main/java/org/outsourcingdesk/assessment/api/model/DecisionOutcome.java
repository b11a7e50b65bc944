package org.outsourcingdesk.assessment.api.model;

import org.outsourcingdesk.kernel.Stage;

/** What an assessment can decide, and where the engagement goes once it is approved. */
public enum DecisionOutcome {
    OUTSOURCE("Outsource", Stage.SOURCING),
    KEEP_IN_HOUSE("Keep in-house", Stage.CLOSED),
    HYBRID("Hybrid: keep the complex tier in-house, outsource the rest", Stage.SOURCING),
    REMOTE_TEAM("Hire a remote team directly", Stage.SOURCING);

    private final String label;
    private final Stage nextStage;

    DecisionOutcome(String label, Stage nextStage) {
        this.label = label;
        this.nextStage = nextStage;
    }

    public String label() {
        return label;
    }

    /** The stage an approved decision moves the engagement to. */
    public Stage nextStage() {
        return nextStage;
    }

    /** Whether the decision moves channels out of today's in-house service, and so names them. */
    public boolean sourcesSomething() {
        return this != KEEP_IN_HOUSE;
    }

    /**
     * Whether a provider will be chosen, priced by the rate card: outsourcing and hybrid name target
     * regions and pricing models; a directly hired remote team names channels and, optionally, the
     * regions to hire in, but no provider pricing.
     */
    public boolean usesProviders() {
        return this == OUTSOURCE || this == HYBRID;
    }
}
