package org.outsourcingdesk.contracting.api.model;

/**
 * The contact-centre metrics an SLA may hold a vendor to: what is measured, in which unit, whether
 * higher or lower is better, whether a threshold (seconds or hours) belongs to it, and whether it
 * speaks of the quality of service (as opposed to its speed).
 */
public enum SlaMetric {
    SERVICE_LEVEL("Service level: % answered within T seconds", "%", true, Threshold.SECONDS, false),
    AVERAGE_SPEED_OF_ANSWER("Average speed of answer", "s", false, Threshold.NONE, false),
    ABANDONMENT_RATE("Abandonment rate", "%", false, Threshold.NONE, false),
    FIRST_CONTACT_RESOLUTION("First-contact resolution", "%", true, Threshold.NONE, true),
    REPEAT_CONTACT_RATE("Repeat-contact rate", "%", false, Threshold.NONE, true),
    CUSTOMER_SATISFACTION("Customer satisfaction", "%", true, Threshold.NONE, true),
    QUALITY_ASSURANCE_SCORE("Quality-assurance score (recording reviews)", "%", true, Threshold.NONE, true),
    EMAIL_WITHIN_HOURS("Email: % answered within N hours", "%", true, Threshold.HOURS, false),
    HOLD_TIME("Average hold time", "s", false, Threshold.NONE, false),
    HANDLE_TIME("Average handle time", "s", false, Threshold.NONE, false);

    /** What threshold, if any, a target of this metric comes with. */
    public enum Threshold { NONE, SECONDS, HOURS }

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;
    private final Threshold threshold;
    private final boolean quality;

    SlaMetric(String label, String unit, boolean higherIsBetter, Threshold threshold, boolean quality) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.threshold = threshold;
        this.quality = quality;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public Threshold threshold() {
        return threshold;
    }

    /** Whether it measures the quality of service, not its speed. */
    public boolean quality() {
        return quality;
    }

    public boolean percent() {
        return "%".equals(unit);
    }
}
