package org.outsourcingdesk.assessment.api.model;

/** The considerations that decide, beside cost, whether customer service should be outsourced. */
public enum Factor {
    COMPLEXITY("Complexity", "How technical or complex are the questions customers bring?"),
    COST_EFFECTIVENESS("Cost-effectiveness", "How much does cutting the cost of the service matter?"),
    CUSTOMER_NEEDS("Customer needs", "How much do customers need service today's staff cannot give (24/7, peaks, more volume)?"),
    STAFF_TIME("Staff time", "How much would staff time be worth elsewhere (sales, product work) if contacts need no expert?"),
    FACE_TO_FACE("Face-to-face needs", "How much of the service needs someone in the room?"),
    CUSTOMER_PERCEPTION("Customer-base perception", "How likely are customers to resent offshoring or find a distant agent unresponsive?"),
    DATA_PROTECTION("Data protection and residency", "How strict are the constraints on where customer data may be handled?"),
    REMOTE_TEAM("Directly hired remote team", "How feasible is hiring a distributed team of remote agents directly?");

    private final String label;
    private final String question;

    Factor(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }
}
