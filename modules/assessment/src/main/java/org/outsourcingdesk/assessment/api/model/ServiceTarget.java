package org.outsourcingdesk.assessment.api.model;

/**
 * What "answered in time" means for a channel: {@code percent}% of contacts answered within
 * {@code withinSeconds} (voice, chat), or within {@code withinHours} (email, social media; 24 hours
 * is the usual standard). Outbound calls have no queue and no target.
 */
public record ServiceTarget(Double percent, Double withinSeconds, Double withinHours) {

    public static final double DEFAULT_RESPONSE_HOURS = 24;

    public static ServiceTarget seconds(double percent, double seconds) {
        return new ServiceTarget(percent, seconds, null);
    }

    public static ServiceTarget hours(double percent, double hours) {
        return new ServiceTarget(percent, null, hours);
    }
}
