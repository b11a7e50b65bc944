package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.monitoring.api.model.ReportingPeriod;
import org.outsourcingdesk.monitoring.api.model.SlaResult;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView.PeriodView;

/**
 * What a judged period says about the relationship, looking back from it:
 * <ul>
 * <li>a ground for cause of the contract is met: its SLA breached in each of the last N periods, or in
 * K of the last M (periods not reported do not count as breached);</li>
 * <li>the usage was worth less than the minimum commitment, which was charged instead;</li>
 * <li>complaints and bad reviews per 1,000 contacts handled rose above 1.5 times their average over the
 * up to three periods before (at least two reported, and at least {@value #SPIKE_MINIMUM} of them);</li>
 * <li>a contact cost more, credits deducted, than it costs in-house.</li>
 * </ul>
 * A kind (for cause: with its metric) that is open already does not fire again.
 */
public final class ReviewTriggers {

    static final int SPIKE_MINIMUM = 5;
    private static final BigDecimal SPIKE_FACTOR = new BigDecimal("1.5");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** A trigger that fires, before it has an id. */
    public record Fired(TriggerKind kind, SlaMetric metric, String description, List<String> evidence) {
    }

    private ReviewTriggers() {
    }

    public static List<Fired> after(MonitoringView view, LocalDate periodStart) {
        var period = view.period(periodStart).orElseThrow();
        var fired = new ArrayList<Fired>();
        if (view.termination() != null) {
            for (CauseTrigger cause : view.termination().forCause()) {
                if (cause.kind() != null && cause.kind().sla() && cause.metric() != null) {
                    forCause(view, periodStart, cause).ifPresent(fired::add);
                }
            }
        }
        if (period.charge().minimumApplied()) {
            fired.add(new Fired(TriggerKind.VOLUME_BELOW_MINIMUM, null, "Usage from " + periodStart + " worth "
                    + period.charge().usage() + " " + period.charge().currency() + " at the contracted rates, below the minimum commitment of "
                    + period.charge().minimum() + ": capacity paid for and not used.", period.charge().workings()));
        }
        complaintsSpike(view, period).ifPresent(fired::add);
        costAboveBaseline(view, period).ifPresent(fired::add);
        return fired.stream().filter(f -> view.openTriggers().stream().noneMatch(t -> t.kind() == f.kind() && t.metric() == f.metric()))
                .toList();
    }

    private static Optional<Fired> forCause(MonitoringView view, LocalDate periodStart, CauseTrigger cause) {
        boolean consecutive = cause.kind() == CauseKind.SLA_BREACH_CONSECUTIVE;
        int needed = cause.breachedPeriods() == null ? 1 : cause.breachedPeriods();
        int window = consecutive ? needed : cause.ofPeriods() == null ? needed : cause.ofPeriods();
        var evidence = new ArrayList<String>();
        int breached = 0;
        LocalDate start = periodStart;
        for (int i = 0; i < window; i++) {
            var result = view.period(start).flatMap(p -> p.result(cause.metric()));
            if (result.isPresent() && !result.get().met()) {
                breached++;
            }
            evidence.add(0, start + ": " + result.map(ReviewTriggers::said).orElse("not reported"));
            start = ReportingPeriod.start(view.cadence(), start.minusDays(1));
        }
        if (breached < needed) {
            return Optional.empty();
        }
        return Optional.of(new Fired(TriggerKind.FOR_CAUSE, cause.metric(), "Ground for cause met: " + cause.describe()
                + " (" + breached + " of the last " + window + " periods, up to the one from " + periodStart + ").", evidence));
    }

    private static String said(SlaResult result) {
        return result.metric().label() + " " + result.measured() + " " + result.metric().unit() + " against " + result.target()
                + (result.met() ? ": met" : ": breached");
    }

    private static Optional<Fired> complaintsSpike(MonitoringView view, PeriodView period) {
        int negative = period.report().feedback() == null ? 0 : period.report().feedback().negative();
        if (negative < SPIKE_MINIMUM || period.report().handled() == 0) {
            return Optional.empty();
        }
        var before = view.periods().stream().filter(p -> p.report().periodStart().isBefore(period.report().periodStart()))
                .filter(p -> p.report().handled() > 0).toList();
        before = before.subList(Math.max(0, before.size() - 3), before.size());
        if (before.size() < 2) {
            return Optional.empty();
        }
        BigDecimal average = before.stream().map(ReviewTriggers::perThousand).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(before.size()), 2, RoundingMode.HALF_UP);
        BigDecimal now = perThousand(period);
        if (now.compareTo(average.multiply(SPIKE_FACTOR)) <= 0) {
            return Optional.empty();
        }
        var evidence = new ArrayList<String>();
        before.forEach(p -> evidence.add(p.report().periodStart() + ": " + negativeOf(p) + " complaints and bad reviews, "
                + perThousand(p) + " per 1,000 contacts"));
        evidence.add(period.report().periodStart() + ": " + negative + " complaints and bad reviews, " + now + " per 1,000 contacts");
        return Optional.of(new Fired(TriggerKind.COMPLAINTS_SPIKE, null, "Complaints and bad reviews from " + period.report().periodStart()
                + " at " + now + " per 1,000 contacts, more than 1.5 times the average of " + average + " before.", evidence));
    }

    private static int negativeOf(PeriodView period) {
        return period.report().feedback() == null ? 0 : period.report().feedback().negative();
    }

    private static BigDecimal perThousand(PeriodView period) {
        return BigDecimal.valueOf(negativeOf(period)).multiply(THOUSAND)
                .divide(BigDecimal.valueOf(period.report().handled()), 2, RoundingMode.HALF_UP);
    }

    private static Optional<Fired> costAboveBaseline(MonitoringView view, PeriodView period) {
        BigDecimal baseline = view.baselineCostPerContact();
        var cost = period.costPerContact();
        if (baseline == null || cost.isEmpty() || cost.get().compareTo(baseline) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Fired(TriggerKind.COST_ABOVE_BASELINE, null, "A contact from " + period.report().periodStart() + " cost "
                + cost.get() + " " + period.charge().currency() + ", above the in-house " + baseline + ".",
                List.of("Charge " + period.charge().amount() + " minus credits " + period.credits() + " over " + period.report().handled()
                        + " contacts handled = " + cost.get(), "In-house cost per contact (the assessment's figures, as quoted against) = "
                        + baseline)));
    }
}
