package org.outsourcingdesk.exit.api.model;

/** What must be ready to take the service back in-house, the exit plan's checklist. */
public enum ReadinessItem {
    STAFF_IDENTIFIED("Internal staff identified"),
    STAFF_TRAINED("Internal staff trained"),
    KNOWLEDGE_TRANSFERRED("Knowledge base and scripts transferred"),
    TELEPHONY_AND_NUMBERS("Telephony and numbers"),
    CUSTOMER_DATA_EXPORTED("Customer data exported from the vendor"),
    DATA_RETURN_CERTIFICATE("Data return or destruction certificate"),
    CUSTOMER_COMMUNICATION("Customer communication"),
    PARALLEL_RUN("Parallel-run period planned");

    private final String label;

    ReadinessItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
