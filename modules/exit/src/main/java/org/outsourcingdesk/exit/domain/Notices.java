package org.outsourcingdesk.exit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.exit.api.model.ExitOption;

/**
 * When the vendor's service can end at the earliest under an option, notice served on a day:
 * <ul>
 * <li>for convenience: the notice period for convenience after the notice;</li>
 * <li>letting it expire: the term's last day, when notice not to renew is served by its deadline;
 * later, an automatic renewal has happened and the renewed term's last day is the earliest end;</li>
 * <li>for cause: at once (the ground is in the review's evidence);</li>
 * <li>renewing or renegotiating does not end it.</li>
 * </ul>
 */
public final class Notices {

    private Notices() {
    }

    public static LocalDate earliestEnd(ExitOption option, ContractTerm term, LocalDate servedOn) {
        return switch (option) {
            case TERMINATE_FOR_CONVENIENCE -> servedOn.plusDays(term.convenienceNoticeDays() == null ? 0 : term.convenienceNoticeDays());
            case LET_EXPIRE -> {
                LocalDate by = term.nonRenewalNoticeBy();
                if (by == null || !servedOn.isAfter(by) || term.renewal() != RenewalMode.AUTOMATIC) {
                    yield term.endsOn();
                }
                yield term.endsOn().plusMonths(term.renewalMonths() == null ? 12 : term.renewalMonths());
            }
            case TERMINATE_FOR_CAUSE -> servedOn;
            case RENEW, RENEGOTIATE -> null;
        };
    }

    /** Whole months from one day to another, a begun month counting whole (0 when the second is not later). */
    static long monthsBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(from, to);
        return from.plusMonths(months).isBefore(to) ? months + 1 : months;
    }

    /** The month of the term (1 is the first) a day falls in. */
    static int monthOfTerm(ContractTerm term, LocalDate day) {
        return (int) ChronoUnit.MONTHS.between(term.startsOn(), day) + 1;
    }
}
