package org.outsourcingdesk.contracting.api.model;

/** How a contract continues at the end of its term. */
public enum RenewalMode {
    AUTOMATIC("Renews automatically unless notice is given"),
    BY_DECISION("Ends unless both sides decide to renew");

    private final String label;

    RenewalMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
