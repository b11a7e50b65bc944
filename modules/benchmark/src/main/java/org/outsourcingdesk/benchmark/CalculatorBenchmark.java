package org.outsourcingdesk.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.assessment.domain.ratecard.StandardRateCard;
import org.outsourcingdesk.assessment.domain.staffing.StaffingRequirement;

/**
 * How long the assessment's calculations take, on this machine: one Erlang C interval from 100 to
 * 10,000 contacts (the staffing calculator's upper range), and every figure of an assessment (what
 * the options tab and a proposal compute) from one channel to five. Prints medians and 95th
 * percentiles after a warm-up, and the ratio of the largest case to the smallest; asserts nothing.
 */
public final class CalculatorBenchmark {

    private static final double WARM_UP_SECONDS = 2;
    private static final int MIN_RUNS = 30;
    private static final double MEASURE_SECONDS = 3;
    private static final int MAX_SAMPLES = 20_000;
    static volatile int sink;

    private CalculatorBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println();
        System.out.println("== Assessment calculations (CPU only) ==");
        System.out.printf(Locale.ROOT, "%-58s %12s %12s %10s%n", "case", "median µs", "p95 µs", "agents");
        double small = 0;
        double large = 0;
        for (int contacts : new int[] {100, 1_000, 10_000}) {
            var staffing = StaffingRequirement.forInterval(contacts, 30, 180, 0.80, 20, 0.85, 0.30);
            double[] ms = measure(() -> StaffingRequirement.forInterval(contacts, 30, 180, 0.80, 20, 0.85, 0.30));
            print(String.format(Locale.ROOT, "Erlang C interval, %,d contacts / 30 min, AHT 180 s", contacts), ms,
                    staffing.agents());
            if (contacts == 100) {
                small = ms[0];
            }
            if (contacts == 10_000) {
                large = ms[0];
            }
        }
        System.out.printf(Locale.ROOT, "ratio 10,000 / 100 contacts: %.1fx the time for %.0fx the traffic%n",
                large / small, 100.0);

        var rateCard = new RateCardVersion(1, StandardRateCard.seed(), "benchmark", java.time.Instant.now(), null);
        var baseline = CostBaseline.of(new java.math.BigDecimal("38000"), 25, new java.math.BigDecimal("4000"), 35,
                new java.math.BigDecimal("1200"), new java.math.BigDecimal("4800"), new java.math.BigDecimal("1500"),
                new java.math.BigDecimal("1800"), 12, new java.math.BigDecimal("65000"), new java.math.BigDecimal("120000"), "USD");
        double one = 0;
        double five = 0;
        for (int channels = 1; channels <= 5; channels += 2) {
            var demand = new DemandProfile(channels(channels), StaffingAssumptions.usual());
            var figures = AssessmentCalculator.figures("USD", demand, baseline, null, rateCard, Conversion.none());
            double[] ms = measure(() -> AssessmentCalculator.figures("USD", demand, baseline, null, rateCard, Conversion.none()));
            print(String.format(Locale.ROOT, "All figures, %d channel(s), %d options with break-even", channels,
                    figures.options().size()), ms, figures.staffing().stream().mapToInt(s -> s.peakAgents()).sum());
            if (channels == 1) {
                one = ms[0];
            }
            if (channels == 5) {
                five = ms[0];
            }
        }
        System.out.printf(Locale.ROOT, "ratio 5 / 1 channel(s): %.1fx%n", five / one);
    }

    /** Five busy channels, open 12 hours on weekdays and 6 on Saturdays. */
    private static List<ChannelDemand> channels(int count) {
        var hours = new OpeningHours(false, List.of(12.0, 12.0, 12.0, 12.0, 12.0, 6.0, 0.0));
        var all = List.of(
                ChannelDemand.of(Channel.INBOUND_VOICE, 400_000, 300, 12, null, hours, ServiceTarget.seconds(80, 20),
                        List.of("English"), 10, 0, 5, 1),
                ChannelDemand.of(Channel.OUTBOUND_VOICE, 50_000, 240, 12, null, hours, new ServiceTarget(0.0, null, null),
                        List.of("English"), 0, 0, 0, 1),
                ChannelDemand.of(Channel.EMAIL, 80_000, 420, 12, null, hours, ServiceTarget.hours(90, 24),
                        List.of("English"), 10, 0, 8, 1),
                ChannelDemand.of(Channel.CHAT, 120_000, 480, 12, null, OpeningHours.aroundTheClock(),
                        ServiceTarget.seconds(80, 60), List.of("English"), 5, 0, 15, 2),
                ChannelDemand.of(Channel.SOCIAL_MEDIA, 20_000, 300, 12, null, hours, ServiceTarget.hours(90, 4),
                        List.of("English"), 5, 0, 20, 1));
        return all.subList(0, count);
    }

    /**
     * Median and 95th percentile of one call in microseconds, after a warm-up. Fast calls are timed in
     * batches of at least 0.2 ms each (the per-call time is the batch's average), so the clock's
     * resolution does not matter.
     */
    private static double[] measure(Supplier<?> work) {
        long warmUntil = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        while (System.nanoTime() < warmUntil) {
            work.get();
        }
        int batch = 1;
        while (time(work, batch) < 200_000 && batch < 1 << 20) {
            batch *= 2;
        }
        double[] samples = new double[MAX_SAMPLES];
        int count = 0;
        long until = System.nanoTime() + (long) (MEASURE_SECONDS * 1e9);
        while (count < MAX_SAMPLES && (count < MIN_RUNS || System.nanoTime() < until)) {
            samples[count++] = time(work, batch) / 1e3 / batch;
        }
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new double[] {sorted[count / 2], sorted[(int) Math.min(count - 1, Math.ceil(count * 0.95) - 1)]};
    }

    private static long time(Supplier<?> work, int calls) {
        int consumed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            // every result is used, so the JIT cannot drop the work that made it
            consumed ^= work.get().hashCode();
        }
        long elapsed = System.nanoTime() - start;
        sink ^= consumed;
        return elapsed;
    }

    private static void print(String name, double[] ms, int agents) {
        System.out.printf(Locale.ROOT, "%-58s %12.1f %12.1f %10d%n", name, ms[0], ms[1], agents);
    }

}
