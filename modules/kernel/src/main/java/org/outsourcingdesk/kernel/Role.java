package org.outsourcingdesk.kernel;

/** The roles of the people who use the product; security and business rules speak of these. */
public enum Role {
    /** Analysts and category managers who run engagements. */
    PROCUREMENT("Procurement"),
    /** Managers who sign off decisions that commit money, never their own. */
    APPROVER("Approver"),
    /** Reviews contracts before signature. */
    LEGAL("Legal"),
    /** Reads everything, changes nothing. */
    AUDITOR("Auditor"),
    /** Looks after users and reference data. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
