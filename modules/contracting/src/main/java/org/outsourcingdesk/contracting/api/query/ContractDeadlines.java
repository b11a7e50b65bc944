package org.outsourcingdesk.contracting.api.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.RenewalMode;

/**
 * The deadlines of a contract as of a day: those within 90 days, and a notice deadline that has passed
 * while the contract still runs (missed, so that nobody believes there is still time). Approved and
 * signed contracts show their start; signed and active ones their notice, renewal or end.
 */
public final class ContractDeadlines {

    /** The furthest ahead a deadline is shown. */
    public static final int HORIZON_DAYS = 90;

    private ContractDeadlines() {
    }

    public static List<ContractDeadline> of(ContractView contract, LocalDate today) {
        var deadlines = new ArrayList<ContractDeadline>();
        var term = contract.term();
        if (term == null || term.startsOn() == null || term.endsOn() == null) {
            return deadlines;
        }
        var status = contract.status();
        if ((status == ContractStatus.APPROVED || status == ContractStatus.SIGNED) && !term.startsOn().isBefore(today)) {
            add(deadlines, contract, ContractDeadline.STARTS, term.startsOn(), today, false,
                    "Starts on " + term.startsOn() + (status == ContractStatus.APPROVED ? "; both signatures are still to be recorded" : ""));
        }
        if (!status.inForce() || today.isAfter(term.endsOn())) {
            return deadlines;
        }
        boolean automatic = term.renewal() == RenewalMode.AUTOMATIC;
        LocalDate noticeBy = term.nonRenewalNoticeBy();
        if (noticeBy != null) {
            boolean missed = noticeBy.isBefore(today);
            add(deadlines, contract, ContractDeadline.NON_RENEWAL_NOTICE, noticeBy, today, missed, missed
                    ? "Missed: notice not to renew was due by " + noticeBy + (automatic ? "; the contract renews for "
                    + term.renewalMonths() + " months on " + term.endsOn().plusDays(1) : "; it ends on " + term.endsOn())
                    : "Last day to give notice not to renew (" + term.nonRenewalNoticeDays() + " days before the end)");
        }
        add(deadlines, contract, automatic ? ContractDeadline.RENEWS : ContractDeadline.ENDS,
                automatic ? term.endsOn().plusDays(1) : term.endsOn(), today, false, automatic
                        ? "Renews automatically for " + term.renewalMonths() + " months unless notice was given"
                        : "Ends unless both sides decide to renew");
        deadlines.sort(Comparator.comparing(ContractDeadline::date));
        return deadlines;
    }

    private static void add(List<ContractDeadline> deadlines, ContractView contract, String kind, LocalDate date, LocalDate today,
                            boolean missed, String description) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (!missed && (days < 0 || days > HORIZON_DAYS)) {
            return;
        }
        int within = missed ? 0 : days <= 7 ? 7 : days <= 30 ? 30 : 90;
        deadlines.add(new ContractDeadline(contract.engagementId(), contract.contractId(), contract.vendorName(), kind, date, days,
                missed, within, description));
    }
}
