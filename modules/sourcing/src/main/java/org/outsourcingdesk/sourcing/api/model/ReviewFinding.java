package org.outsourcingdesk.sourcing.api.model;

/** What was found about a vendor in online reviews: where, the tone, and a summary. */
public record ReviewFinding(String source, Sentiment sentiment, String summary) {
}
