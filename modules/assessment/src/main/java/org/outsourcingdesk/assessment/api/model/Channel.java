package org.outsourcingdesk.assessment.api.model;

/** The ways customers reach customer service, each staffed by its own model. */
public enum Channel {
    INBOUND_VOICE("Inbound voice", true, true),
    OUTBOUND_VOICE("Outbound voice", false, true),
    EMAIL("Email", false, false),
    CHAT("Chat", true, false),
    SOCIAL_MEDIA("Social media", false, false);

    private final String label;
    private final boolean queued;
    private final boolean voice;

    Channel(String label, boolean queued, boolean voice) {
        this.label = label;
        this.queued = queued;
        this.voice = voice;
    }

    public String label() {
        return label;
    }

    /**
     * Whether customers wait in a queue for an agent (voice in, chat): staffed by Erlang C to a
     * service level in seconds. The others are staffed by workload, to a response time in hours
     * (email, social) or evenly over the opening hours (outbound calls).
     */
    public boolean queued() {
        return queued;
    }

    public boolean voice() {
        return voice;
    }

    /** Email and social media are answered within hours; their target is a share within N hours. */
    public boolean answeredWithinHours() {
        return this == EMAIL || this == SOCIAL_MEDIA;
    }
}
