package org.outsourcingdesk.contracting.api.model;

import java.time.Instant;

/**
 * What a reviewer said of the contract: legal review or approval, passed or changes requested.
 *
 * @param stage   LEGAL_REVIEW or APPROVAL
 * @param passed  true when the step was passed, false when changes were requested
 */
public record ReviewComment(String stage, boolean passed, String by, Instant at, String comment) {

    public static final String LEGAL_REVIEW = "LEGAL_REVIEW";
    public static final String APPROVAL = "APPROVAL";
}
