package org.outsourcingdesk.contracting.api.model;

/**
 * What entitles us to end the contract for cause. The SLA kinds name a metric of the contract's SLAs
 * and how many periods; a material breach gives the vendor days to cure it.
 */
public enum CauseKind {
    SLA_BREACH_CONSECUTIVE("An SLA breached in consecutive periods"),
    SLA_BREACH_K_OF_M("An SLA breached in K of M periods"),
    DATA_BREACH("A breach of customer data"),
    MATERIAL_BREACH("A material breach not cured in time"),
    INSOLVENCY("The vendor's insolvency"),
    CHANGE_OF_CONTROL("A change of control of the vendor");

    private final String label;

    CauseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the trigger names an SLA metric and counts periods. */
    public boolean sla() {
        return this == SLA_BREACH_CONSECUTIVE || this == SLA_BREACH_K_OF_M;
    }
}
