package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.contracting.api.model.SlaMetric;

/**
 * One period's figures as reported: a line per channel and the customers' feedback. The period is
 * named by its first day (a Monday for weekly reporting, the first of the month for monthly).
 * <p>
 * {@link #measure(SlaMetric)} turns the lines into each SLA metric's figure, over all channels that
 * report what the metric needs: rates over contacts offered or handled, averages weighted by contacts
 * handled, first-contact resolution as the share of handled contacts that were not repeats.
 */
public record PeriodReport(java.time.LocalDate periodStart, List<KpiLine> lines, CustomerFeedback feedback) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PeriodReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public Optional<KpiLine> line(Channel channel) {
        return lines.stream().filter(l -> l.channel() == channel).findFirst();
    }

    public long offered() {
        return sum(KpiLine::offered);
    }

    public long handled() {
        return sum(KpiLine::handled);
    }

    /** The metric's figure this period, in its unit (percent or seconds, one decimal), if the lines report it. */
    public Optional<BigDecimal> measure(SlaMetric metric) {
        return switch (metric) {
            case SERVICE_LEVEL -> rate(l -> l.answeredInThreshold() != null, KpiLine::answeredInThreshold, KpiLine::offered);
            case ABANDONMENT_RATE -> rate(l -> l.abandoned() != null && l.channel().queued(), KpiLine::abandoned, KpiLine::offered);
            case REPEAT_CONTACT_RATE -> rate(l -> l.repeatContacts() != null, KpiLine::repeatContacts, KpiLine::handled);
            case FIRST_CONTACT_RESOLUTION -> measure(SlaMetric.REPEAT_CONTACT_RATE).map(HUNDRED::subtract);
            case EMAIL_WITHIN_HOURS -> rate(l -> l.answeredInTargetHours() != null, KpiLine::answeredInTargetHours, KpiLine::handled);
            case AVERAGE_SPEED_OF_ANSWER -> weighted(l -> l.speedOfAnswerSeconds() == null ? null : BigDecimal.valueOf(l.speedOfAnswerSeconds()));
            case HOLD_TIME -> weighted(l -> l.holdSeconds() == null ? null : BigDecimal.valueOf(l.holdSeconds()));
            case HANDLE_TIME -> weighted(l -> l.handleSeconds() == null ? null : BigDecimal.valueOf(l.handleSeconds()));
            case CUSTOMER_SATISFACTION -> weighted(KpiLine::satisfactionPercent);
            case QUALITY_ASSURANCE_SCORE -> weighted(KpiLine::qualityPercent);
        };
    }

    private Optional<BigDecimal> rate(Predicate<KpiLine> reports, Function<KpiLine, Long> part, Function<KpiLine, Long> whole) {
        var reporting = lines.stream().filter(reports).filter(l -> whole.apply(l) != null).toList();
        long of = reporting.stream().mapToLong(whole::apply).sum();
        if (reporting.isEmpty() || of == 0) {
            return Optional.empty();
        }
        long count = reporting.stream().mapToLong(part::apply).sum();
        return Optional.of(BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }

    private Optional<BigDecimal> weighted(Function<KpiLine, BigDecimal> value) {
        var reporting = lines.stream().filter(l -> value.apply(l) != null && l.handled() != null && l.handled() > 0).toList();
        long weight = reporting.stream().mapToLong(KpiLine::handled).sum();
        if (weight == 0) {
            return Optional.empty();
        }
        BigDecimal total = reporting.stream().map(l -> value.apply(l).multiply(BigDecimal.valueOf(l.handled())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(total.divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP));
    }

    private long sum(Function<KpiLine, Long> count) {
        return lines.stream().map(count).filter(c -> c != null).mapToLong(Long::longValue).sum();
    }
}
