package org.outsourcingdesk.contracting.api.model;

import java.time.LocalDate;

/**
 * How long a contract runs: from its first day to its last (inclusive), how it renews (and for how
 * many months when automatically), and the notice each side must give not to renew and to end it
 * early for convenience, in days.
 */
public record ContractTerm(LocalDate startsOn, LocalDate endsOn, RenewalMode renewal, Integer renewalMonths,
                           Integer nonRenewalNoticeDays, Integer convenienceNoticeDays) {

    /** The day by which notice not to renew must be given. */
    public LocalDate nonRenewalNoticeBy() {
        return endsOn == null || nonRenewalNoticeDays == null ? null : endsOn.minusDays(nonRenewalNoticeDays);
    }
}
