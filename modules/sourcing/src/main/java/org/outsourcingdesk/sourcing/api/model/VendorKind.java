package org.outsourcingdesk.sourcing.api.model;

/** The ways to outsource customer service (the seed's four methods, and the remote team it recommends). */
public enum VendorKind {
    CALL_CENTER("Call center / BPO"),
    FREELANCE_MARKETPLACE("Freelance marketplace contractor"),
    SOCIAL_MEDIA_AGENCY("Social-media support agency"),
    EMAIL_SUPPORT_PROVIDER("Email support provider"),
    REMOTE_TEAM("Directly hired remote team");

    private final String label;

    VendorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
