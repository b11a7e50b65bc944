package org.outsourcingdesk.monitoring.api.model;

/**
 * What customers said in a period: complaints received about the service, bad reviews (social media,
 * review sites, surveys scored poor) and what reading them found.
 */
public record CustomerFeedback(Integer complaints, Integer badReviews, String findings) {

    /** Complaints and bad reviews together, what a spike is counted on. */
    public int negative() {
        return (complaints == null ? 0 : complaints) + (badReviews == null ? 0 : badReviews);
    }
}
