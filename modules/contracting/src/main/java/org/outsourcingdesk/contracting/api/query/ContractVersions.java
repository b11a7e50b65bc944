package org.outsourcingdesk.contracting.api.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/** What changed between two versions of a contract: its term, each SLA and the credit cap, each price line's rates. */
public final class ContractVersions {

    private ContractVersions() {
    }

    public static List<VersionChange> diff(ContractVersion from, ContractVersion to) {
        var changes = new ArrayList<VersionChange>();
        compare(changes, "Effective from", String.valueOf(from.effectiveFrom()), String.valueOf(to.effectiveFrom()));
        term(changes, from.term(), to.term());
        serviceLevels(changes, from.serviceLevels(), to.serviceLevels());
        prices(changes, from.prices(), to.prices());
        return changes;
    }

    private static void term(List<VersionChange> changes, ContractTerm a, ContractTerm b) {
        compare(changes, "First day", a == null ? "" : String.valueOf(a.startsOn()), b == null ? "" : String.valueOf(b.startsOn()));
        compare(changes, "Last day", a == null ? "" : String.valueOf(a.endsOn()), b == null ? "" : String.valueOf(b.endsOn()));
        compare(changes, "At the end", a == null ? "" : renewal(a), b == null ? "" : renewal(b));
        compare(changes, "Notice not to renew (days)", a == null ? "" : String.valueOf(a.nonRenewalNoticeDays()),
                b == null ? "" : String.valueOf(b.nonRenewalNoticeDays()));
        compare(changes, "Notice to end for convenience (days)", a == null ? "" : String.valueOf(a.convenienceNoticeDays()),
                b == null ? "" : String.valueOf(b.convenienceNoticeDays()));
    }

    private static String renewal(ContractTerm term) {
        return term.renewalMonths() == null ? term.renewal().label() : term.renewal().label() + ", " + term.renewalMonths() + " months";
    }

    private static void serviceLevels(List<VersionChange> changes, ServiceLevels a, ServiceLevels b) {
        for (SlaMetric metric : SlaMetric.values()) {
            compare(changes, "SLA: " + metric.label(), describe(find(a, metric)), describe(find(b, metric)));
        }
        compare(changes, "Cap on a period's credits (%)", a == null ? "" : plain(a.creditCapPercent()),
                b == null ? "" : plain(b.creditCapPercent()));
    }

    private static ServiceLevel find(ServiceLevels levels, SlaMetric metric) {
        return levels == null ? null : levels.levels().stream().filter(l -> l.metric() == metric).findFirst().orElse(null);
    }

    private static String describe(ServiceLevel level) {
        if (level == null) {
            return "";
        }
        return (level.metric().higherIsBetter() ? "at least " : "at most ") + plain(level.target()) + " " + level.metric().unit()
                + (level.threshold() == null ? "" : ", threshold " + level.threshold()) + ", " + level.period().label().toLowerCase()
                + ", credit " + plain(level.creditPercent()) + " %";
    }

    private static void prices(List<VersionChange> changes, List<RoundQuote> a, List<RoundQuote> b) {
        Map<String, RoundQuote[]> lines = new LinkedHashMap<>();
        a.forEach(q -> lines.computeIfAbsent(line(q), k -> new RoundQuote[2])[0] = q);
        b.forEach(q -> lines.computeIfAbsent(line(q), k -> new RoundQuote[2])[1] = q);
        lines.forEach((line, pair) -> {
            compare(changes, line + ": rate per minute", rate(pair[0], "minute"), rate(pair[1], "minute"));
            compare(changes, line + ": rate per hour", rate(pair[0], "hour"), rate(pair[1], "hour"));
            compare(changes, line + ": monthly fee", rate(pair[0], "month"), rate(pair[1], "month"));
            compare(changes, line + ": each further contact", rate(pair[0], "overage"), rate(pair[1], "overage"));
        });
    }

    /** A price line's name: its channel and region. */
    public static String line(RoundQuote quote) {
        return quote.channel().label() + ", " + quote.region();
    }

    private static String rate(RoundQuote quote, String which) {
        if (quote == null) {
            return "";
        }
        BigDecimal value = switch (which) {
            case "minute" -> quote.quote().ratePerMinute();
            case "hour" -> quote.quote().ratePerHour();
            case "month" -> quote.quote().monthlyFee();
            default -> quote.quote().overagePerContact();
        };
        return value == null ? "" : plain(value) + " " + quote.quote().currency();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static void compare(List<VersionChange> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionChange(what, before, after));
        }
    }
}
