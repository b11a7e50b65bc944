package org.outsourcingdesk.assessment.api.model;

/** How a channel's agents are computed. */
public enum StaffingMethod {
    /** Queues (voice in, chat): agents to meet a service level, by Erlang C. */
    ERLANG_C("Erlang C"),
    /** Work that waits (email, social media, outbound calls): agents to carry the workload. */
    WORKLOAD("Workload");

    private final String label;

    StaffingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
