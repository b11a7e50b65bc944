package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportingPeriod;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/**
 * The rules a period's report must keep, every problem at once (the CSV import reports them all, the
 * aggregate refuses with the first). Fields are named relative to the report: {@code periodStart},
 * {@code lines[1].abandoned}, {@code feedback.complaints}.
 * <ul>
 * <li>PeriodStartRequired, PeriodStartsOnBoundary: a Monday for weekly reporting, the 1st for monthly;</li>
 * <li>PeriodNotInFuture: the period is over by today; PeriodWithinContract: it overlaps the contract's term;</li>
 * <li>ChannelRequired, ChannelOnce, ChannelInContract: a line per contracted channel at most;</li>
 * <li>CountsNotNegative, AbandonedPlusHandledWithinOffered, AnsweredWithinOffered, RepeatsWithinHandled,
 * EmailsWithinHandled, SecondsNotNegative, PercentWithin0To100;</li>
 * <li>SlaFiguresReported: what every SLA of the version in force needs; BilledUsageReported: what every
 * price line bills.</li>
 * </ul>
 */
public final class PeriodRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PeriodRules() {
    }

    public static List<BusinessRuleViolation> check(MonitoringView view, PeriodReport report, LocalDate today) {
        var problems = new ArrayList<BusinessRuleViolation>();
        MeasurementPeriod cadence = view.cadence();
        LocalDate start = report.periodStart();
        if (start == null) {
            problems.add(new BusinessRuleViolation("PeriodStartRequired", "periodStart", "Give the period's first day."));
            return problems;
        }
        if (!ReportingPeriod.startsOn(cadence, start)) {
            problems.add(new BusinessRuleViolation("PeriodStartsOnBoundary", "periodStart", cadence == MeasurementPeriod.WEEKLY
                    ? "The contract is reported weekly: a period starts on a Monday (" + start + " is a " + start.getDayOfWeek() + ")."
                    : "The contract is reported monthly: a period starts on the 1st of a month, not " + start + "."));
            return problems;
        }
        LocalDate end = ReportingPeriod.end(cadence, start);
        if (end.isAfter(today)) {
            problems.add(new BusinessRuleViolation("PeriodNotInFuture", "periodStart", "The period " + start + " to " + end
                    + " is not over yet; report it from " + end.plusDays(1) + " on."));
        }
        ContractVersion version = view.versionOn(start).orElseThrow();
        if (end.isBefore(view.startsOn()) || start.isAfter(version.term().endsOn())) {
            problems.add(new BusinessRuleViolation("PeriodWithinContract", "periodStart", "The period " + start + " to " + end
                    + " is outside the contract, which runs from " + view.startsOn() + " to " + version.term().endsOn() + "."));
        }
        var contracted = EnumSet.noneOf(Channel.class);
        version.prices().forEach(p -> contracted.add(p.channel()));
        var seen = EnumSet.noneOf(Channel.class);
        for (int i = 0; i < report.lines().size(); i++) {
            line(report.lines().get(i), "lines[" + i + "].", contracted, seen, problems);
        }
        if (report.feedback() != null) {
            notNegative(report.feedback().complaints() == null ? null : report.feedback().complaints().longValue(), "feedback.complaints", problems);
            notNegative(report.feedback().badReviews() == null ? null : report.feedback().badReviews().longValue(), "feedback.badReviews", problems);
        }
        if (problems.isEmpty()) {
            for (ServiceLevel level : version.serviceLevels().levels()) {
                if (report.measure(level.metric()).isEmpty()) {
                    problems.add(new BusinessRuleViolation("SlaFiguresReported", "lines", "The contract's version " + version.number()
                            + " has an SLA on " + level.metric().label().toLowerCase() + "; the report must give " + needs(level) + "."));
                }
            }
            for (RoundQuote price : version.prices()) {
                billed(price, report, problems);
            }
        }
        return problems;
    }

    private static void line(KpiLine line, String at, EnumSet<Channel> contracted, EnumSet<Channel> seen,
                             List<BusinessRuleViolation> problems) {
        if (line.channel() == null) {
            problems.add(new BusinessRuleViolation("ChannelRequired", at + "channel", "Say which channel the line is for."));
            return;
        }
        if (!seen.add(line.channel())) {
            problems.add(new BusinessRuleViolation("ChannelOnce", at + "channel", line.channel().label() + " has two lines in one period."));
        }
        if (!contracted.contains(line.channel())) {
            problems.add(new BusinessRuleViolation("ChannelInContract", at + "channel", "The contract has no price line for "
                    + line.channel().label().toLowerCase() + "; it covers " + contracted + "."));
        }
        for (var count : List.of(new Count("offered", line.offered()), new Count("handled", line.handled()),
                new Count("abandoned", line.abandoned()), new Count("answeredInThreshold", line.answeredInThreshold()),
                new Count("repeatContacts", line.repeatContacts()), new Count("answeredInTargetHours", line.answeredInTargetHours()))) {
            notNegative(count.value(), at + count.name(), problems);
        }
        if (line.handled() == null) {
            problems.add(new BusinessRuleViolation("HandledRequired", at + "handled", "Give the contacts handled on "
                    + line.channel().label().toLowerCase() + "."));
        }
        long handled = line.handled() == null ? 0 : line.handled();
        if (line.offered() != null && line.abandoned() != null && line.abandoned() + handled > line.offered()) {
            problems.add(new BusinessRuleViolation("AbandonedPlusHandledWithinOffered", at + "abandoned", "Abandoned (" + line.abandoned()
                    + ") plus handled (" + handled + ") is more than offered (" + line.offered() + ")."));
        }
        if ((line.abandoned() != null || line.answeredInThreshold() != null) && line.offered() == null) {
            problems.add(new BusinessRuleViolation("OfferedRequired", at + "offered", "Give the contacts offered: abandonment and service level are shares of them."));
        }
        if (line.offered() != null && line.answeredInThreshold() != null && line.answeredInThreshold() > line.offered()) {
            problems.add(new BusinessRuleViolation("AnsweredWithinOffered", at + "answeredInThreshold", "Answered within the threshold ("
                    + line.answeredInThreshold() + ") is more than offered (" + line.offered() + ")."));
        }
        if (line.repeatContacts() != null && line.repeatContacts() > handled) {
            problems.add(new BusinessRuleViolation("RepeatsWithinHandled", at + "repeatContacts", "Repeat contacts (" + line.repeatContacts()
                    + ") are more than handled (" + handled + ")."));
        }
        if (line.answeredInTargetHours() != null && line.answeredInTargetHours() > handled) {
            problems.add(new BusinessRuleViolation("EmailsWithinHandled", at + "answeredInTargetHours", "Emails answered in time ("
                    + line.answeredInTargetHours() + ") are more than handled (" + handled + ")."));
        }
        for (var seconds : List.of(new Count("speedOfAnswerSeconds", asLong(line.speedOfAnswerSeconds())),
                new Count("handleSeconds", asLong(line.handleSeconds())), new Count("holdSeconds", asLong(line.holdSeconds())))) {
            if (seconds.value() != null && seconds.value() < 0) {
                problems.add(new BusinessRuleViolation("SecondsNotNegative", at + seconds.name(), "A time in seconds is not negative."));
            }
        }
        percent(line.satisfactionPercent(), at + "satisfactionPercent", problems);
        percent(line.qualityPercent(), at + "qualityPercent", problems);
        for (var billed : List.of(new Amount("billedMinutes", line.billedMinutes()), new Amount("billedHours", line.billedHours()))) {
            if (billed.value() != null && billed.value().signum() < 0) {
                problems.add(new BusinessRuleViolation("CountsNotNegative", at + billed.name(), "Billed usage is not negative."));
            }
        }
    }

    private record Count(String name, Long value) {
    }

    private record Amount(String name, BigDecimal value) {
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static void notNegative(Long value, String field, List<BusinessRuleViolation> problems) {
        if (value != null && value < 0) {
            problems.add(new BusinessRuleViolation("CountsNotNegative", field, "A count of contacts is not negative."));
        }
    }

    private static void percent(BigDecimal value, String field, List<BusinessRuleViolation> problems) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            problems.add(new BusinessRuleViolation("PercentWithin0To100", field, "A percentage is between 0 and 100, not "
                    + value.toPlainString() + "."));
        }
    }

    private static String needs(ServiceLevel level) {
        return switch (level.metric()) {
            case SERVICE_LEVEL -> "contacts offered and answered within " + level.threshold() + " seconds";
            case ABANDONMENT_RATE -> "contacts offered and abandoned on a queued channel";
            case REPEAT_CONTACT_RATE, FIRST_CONTACT_RESOLUTION -> "contacts handled and repeat contacts";
            case EMAIL_WITHIN_HOURS -> "emails handled and answered within " + level.threshold() + " hours";
            case AVERAGE_SPEED_OF_ANSWER -> "contacts handled and the average speed of answer";
            case HOLD_TIME -> "contacts handled and the average hold time";
            case HANDLE_TIME -> "contacts handled and the average handle time";
            case CUSTOMER_SATISFACTION -> "contacts handled and customer satisfaction";
            case QUALITY_ASSURANCE_SCORE -> "contacts handled and the quality-assurance score";
        };
    }

    private static void billed(RoundQuote price, PeriodReport report, List<BusinessRuleViolation> problems) {
        var line = report.line(price.channel());
        String channel = price.channel().label().toLowerCase();
        switch (price.quote().pricingModel()) {
            case SHARED_PER_MINUTE -> {
                if (line.map(KpiLine::billedMinutes).isEmpty()) {
                    problems.add(new BusinessRuleViolation("BilledUsageReported", "lines", "The contract prices " + channel
                            + " per minute; the report must give its billed minutes."));
                }
            }
            case DEDICATED_HOURLY, OUTBOUND_HOURLY, HOURLY_PLUS_COMMISSION -> {
                if (line.map(KpiLine::billedHours).isEmpty()) {
                    problems.add(new BusinessRuleViolation("BilledUsageReported", "lines", "The contract prices " + channel
                            + " per agent hour; the report must give its billed hours."));
                }
            }
            case MONTHLY -> {
                if (line.isEmpty()) {
                    problems.add(new BusinessRuleViolation("BilledUsageReported", "lines", "The contract prices " + channel
                            + " monthly with an overage per contact; the report must give its contacts handled."));
                }
            }
            case COMMISSION -> {
            }
        }
    }
}
