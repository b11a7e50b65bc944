package org.outsourcingdesk.sourcing.api.model;

import java.time.LocalDate;

/**
 * A vendor on a round's shortlist: which version of its registry profile was shortlisted, and the
 * request for proposal, once sent.
 */
public record ShortlistEntry(String vendorId, String vendorName, int vendorVersion, String shortlistedBy,
                             LocalDate rfpSentOn, LocalDate rfpDueOn, boolean dropped, String dropReason) {
}
