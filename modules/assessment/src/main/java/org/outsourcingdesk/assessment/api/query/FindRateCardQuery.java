package org.outsourcingdesk.assessment.api.query;

/** One version of the rate card, or the current one when {@code version} is null. */
public record FindRateCardQuery(Integer version) {

    public static FindRateCardQuery current() {
        return new FindRateCardQuery(null);
    }
}
