package org.outsourcingdesk.contracting.api.query;

import java.time.LocalDate;

/**
 * A day a contract's people must act by, or that changes the contract: its start, the last day to give
 * notice not to renew, the day it renews or ends.
 *
 * @param kind     STARTS, NON_RENEWAL_NOTICE, RENEWS or ENDS
 * @param daysLeft days from today to {@code date}; negative once it has passed
 * @param missed   the notice was due and the day has passed while the contract still runs
 * @param within   7, 30 or 90: the nearest warning window it falls in (0 once missed)
 */
public record ContractDeadline(String engagementId, String contractId, String vendorName, String kind, LocalDate date,
                               long daysLeft, boolean missed, int within, String description) {

    public static final String STARTS = "STARTS";
    public static final String NON_RENEWAL_NOTICE = "NON_RENEWAL_NOTICE";
    public static final String RENEWS = "RENEWS";
    public static final String ENDS = "ENDS";
}
