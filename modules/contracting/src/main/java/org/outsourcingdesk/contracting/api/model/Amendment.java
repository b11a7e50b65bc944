package org.outsourcingdesk.contracting.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposed change of a signed contract, on its way through legal review and approval: a new term
 * (the first day stays), new SLAs, new rates, or any of these, in force from a day that has not
 * passed. A field left null changes nothing.
 *
 * @param version the version it becomes once approved
 * @param status  IN_LEGAL_REVIEW, LEGALLY_APPROVED, or CHANGES_REQUESTED (proposed again, or left)
 */
public record Amendment(int version, LocalDate effectiveFrom, String reason, ContractTerm term, ServiceLevels serviceLevels,
                        List<RateChange> rates, String proposedBy, Instant proposedAt, String status, String legalReviewer) {

    public static final String IN_LEGAL_REVIEW = "IN_LEGAL_REVIEW";
    public static final String LEGALLY_APPROVED = "LEGALLY_APPROVED";
    public static final String CHANGES_REQUESTED = "CHANGES_REQUESTED";

    public Amendment {
        rates = rates == null ? List.of() : List.copyOf(rates);
    }

    /** In review or awaiting an approver: nothing else may be proposed meanwhile. */
    public boolean pending() {
        return IN_LEGAL_REVIEW.equals(status) || LEGALLY_APPROVED.equals(status);
    }
}
