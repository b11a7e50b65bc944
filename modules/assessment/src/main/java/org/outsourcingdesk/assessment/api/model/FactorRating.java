package org.outsourcingdesk.assessment.api.model;

/** The analyst's rating of one qualitative factor, with the note that explains it. */
public record FactorRating(Factor factor, Rating rating, String note) {
}
