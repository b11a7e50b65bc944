package org.outsourcingdesk.contracting.api.model;

import java.time.Instant;

/**
 * What a reviewer said of the contract or of an amendment: legal review or approval, passed or
 * changes requested.
 *
 * @param stage   LEGAL_REVIEW or APPROVAL
 * @param passed  true when the step was passed, false when changes were requested
 * @param version the version it was about: 1 for the contract before signature, n for amendment n
 */
public record ReviewComment(String stage, boolean passed, String by, Instant at, String comment, int version) {

    public static final String LEGAL_REVIEW = "LEGAL_REVIEW";
    public static final String APPROVAL = "APPROVAL";
}
