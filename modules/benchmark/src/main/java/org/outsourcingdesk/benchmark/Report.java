package org.outsourcingdesk.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what a person reads (aligned tables with the targets judged) and, after each figure, one
 * line a script can grep: {@code BENCH-RESULT {json}}, and {@code BENCH-ENV}/{@code BENCH-SUMMARY}
 * once each. Numbers in the JSON are unrounded rates and milliseconds.
 */
final class Report {

    /** Projection-write ceiling measured on this machine (stack notes): 100 upserts + 1 token update per transaction, 1 segment. */
    static final double PROJECTION_CEILING = 5_492;
    static final double COMMAND_TARGET = 0.30;
    static final double REPLAY_TARGET = 0.50;

    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Object> summary = new LinkedHashMap<>();

    Report(PrintStream out) {
        this.out = out;
    }

    void environment(Map<String, Object> facts) {
        out.println("Outsourcing Desk benchmark");
        facts.forEach((key, value) -> out.printf(Locale.ROOT, "  %-24s %s%n", key, value));
        machineLine("BENCH-ENV", facts);
        out.println();
    }

    void rawInserts(List<LoadResult> results) {
        out.println("(a) Raw JDBC single-row INSERT into bench_raw_event (DomainEventEntry's shape), autocommit,"
                + " one row per transaction: the physical limit");
        out.printf(Locale.ROOT, "  %7s %12s %9s %9s %9s %11s %9s %7s%n", "clients", "rows/s", "p50 ms", "p99 ms", "max ms",
                "JVM cpu/op", "CPU busy", "failed");
        for (var r : results) {
            out.printf(Locale.ROOT, "  %7d %,12.0f %9.2f %9.2f %9.2f %11s %9s %7d%n", r.clients(), r.perSecond(), r.p50Millis(),
                    r.p99Millis(), r.maxMillis(), cpuMillis(r), busy(r), r.failedClients());
            machineLine("BENCH-RESULT", load("a", "raw-insert", "rows/s", r, null));
            failure(r);
        }
        out.println();
    }

    void commands(List<LoadResult> commands, List<LoadResult> raw, int targetClients) {
        out.println("(b) OpenEngagementCommand via commandGateway.sendAndWait: platform command bus, Engagement aggregate,"
                + " JPA event store (DeskAxonConfiguration wiring)");
        out.println("    tracking processor " + DeskAxon.PROCESSOR + ": registered, not started during (b); no other processor");
        out.printf(Locale.ROOT, "  %7s %12s %9s %9s %9s %11s %9s %7s %9s%n", "clients", "commands/s", "p50 ms", "p99 ms",
                "max ms", "JVM cpu/op", "CPU busy", "failed", "(b)/(a)");
        Double targetShare = null;
        for (int i = 0; i < commands.size(); i++) {
            var r = commands.get(i);
            Double share = i < raw.size() && raw.get(i).perSecond() > 0 ? r.perSecond() / raw.get(i).perSecond() : null;
            out.printf(Locale.ROOT, "  %7d %,12.0f %9.2f %9.2f %9.2f %11s %9s %7d %9s%n", r.clients(), r.perSecond(),
                    r.p50Millis(), r.p99Millis(), r.maxMillis(), cpuMillis(r), busy(r), r.failedClients(),
                    share == null ? "-" : percent(share));
            machineLine("BENCH-RESULT", load("b", "command", "commands/s", r, share));
            failure(r);
            if (r.clients() == targetClients) {
                targetShare = share;
            }
        }
        if (targetShare != null) {
            out.printf(Locale.ROOT, "  target: (b) at %d clients >= %s of (a) at %d: %s -> %s%n", targetClients,
                    percent(COMMAND_TARGET), targetClients, percent(targetShare), verdict(targetShare >= COMMAND_TARGET));
            summary.put("commandShareOfRawAtTarget", targetShare);
            summary.put("commandTargetMet", targetShare >= COMMAND_TARGET);
        }
        summary.put("targetClients", targetClients);
        out.println();
    }

    /** (e): as-of of one engagement against loading its rows. */
    void asOf(AsOfPhase.Result result) {
        out.println("(e) As of: one engagement of " + String.format(Locale.ROOT, "%,d", result.events()) + " events, folded through"
                + " the event store (deserialised, upcast) with the live views' functions, against its rows by raw JDBC; "
                + AsOfPhase.RUNS + " runs each");
        out.printf(Locale.ROOT, "  %-26s p50 %8.1f ms   p95 %8.1f ms%n", "raw JDBC rows", result.rawP50(), result.rawP95());
        out.printf(Locale.ROOT, "  %-26s p50 %8.1f ms   p95 %8.1f ms%n", "as of (fold)", result.asOfP50(), result.asOfP95());
        out.printf(Locale.ROOT, "  %-26s %11.2fx   (target <= 3x -> %s)%n", "p95 as of / raw", result.ratio(),
                verdict(result.ratio() <= 3));
        out.println();
    }

    /** (d): sealing and verification against the raw read; appends with integrity on against off. */
    void integrity(IntegrityPhase.Sealed sealed, IntegrityPhase.Verified verified, IntegrityPhase.Appends appends) {
        out.println("(d) Integrity (ADR 0008): the chain sealed over the whole store, verified against the raw read in"
                + " alternating pairs (rows sent in binary for both), and the command path with authentication codes and the"
                + " sealer on against off");
        out.printf(Locale.ROOT, "  %-26s %,12.0f positions/s (%,d in %.2f s, one transaction per %,d)%n", "sealing",
                sealed.perSecond(), sealed.positions(), sealed.took().toNanos() / 1e9,
                org.outsourcingdesk.audit.integrity.ChainSealing.BATCH);
        int pairNumber = 0;
        for (var pair : verified.pairs()) {
            pairNumber++;
            out.printf(Locale.ROOT, "  %-26s %,9.0f raw rows/s, %,9.0f verified positions/s -> %s (%s)%n",
                    "verification, pair " + pairNumber, pair.raw().perSecond(), pair.perSecond(), percent(pair.shareOfRaw()),
                    pair.result().summary());
            var fields = new LinkedHashMap<String, Object>();
            fields.put("phase", "d");
            fields.put("name", "verification");
            fields.put("pair", pairNumber);
            fields.put("rawReadRowsPerSecond", pair.raw().perSecond());
            fields.put("verifiedPositionsPerSecond", pair.perSecond());
            fields.put("shareOfRawRead", pair.shareOfRaw());
            fields.put("intact", pair.result().intact());
            machineLine("BENCH-RESULT", fields);
        }
        double ofRaw = verified.medianShare();
        out.printf(Locale.ROOT, "  %-26s %12s   (target >= 75%% -> %s)%n", "verification / raw, median", percent(ofRaw),
                verdict(ofRaw >= 0.75));
        summary.put("verificationShareOfRawRead", ofRaw);
        summary.put("verificationTargetMet", ofRaw >= 0.75);
        int round = 0;
        for (var pair : appends.pairs()) {
            round++;
            out.printf(Locale.ROOT, "  %-26s %,9.1f off, %,9.1f on commands/s (p99 %.1f / %.1f ms, %d clients) -> %s;"
                            + " sealed beside it: %,d positions%n",
                    "appends, pair " + round, pair[0].perSecond(), pair[1].perSecond(), pair[0].p99Millis(),
                    pair[1].p99Millis(), pair[0].clients(), percent(pair[1].perSecond() / Math.max(1e-9, pair[0].perSecond())),
                    appends.sealedBeside().get(round - 1));
        }
        double share = appends.medianShare();
        out.printf(Locale.ROOT, "  %-26s %12s   (target >= 90%% -> %s)%n", "on / off, median", percent(share), verdict(share >= 0.90));
        out.println();
    }

    /** The top-up alone, when the replay of (c) is not run. */
    void topUp(ReplayPhase.TopUp topUp) {
        out.printf(Locale.ROOT, "Event store: %,d events kept from before, %,d appended in %.1f s%n%n", topUp.before(),
                topUp.appended(), topUp.took().toNanos() / 1e9);
    }

    void replay(ReplayPhase.TopUp topUp, ReplayPhase.RawRead raw, ReplayPhase.Replay replay) {
        out.println("(c) Replay of the engagement list: EngagementListProjection on its tracking processor, batch "
                + replay.batchSize() + ", from the tail on an empty token store, timed from start until its token"
                + " reaches the head");
        double topUpRate = topUp.appended() / Math.max(1e-9, topUp.took().toNanos() / 1e9);
        if (topUp.appended() == 0) {
            out.printf(Locale.ROOT, "  %-26s %,d (all from (b) and its warm-up; no top-up needed)%n", "events in the store",
                    replay.events());
        } else {
            out.printf(Locale.ROOT, "  %-26s %,d (%,d from (b) and its warm-up, %,d appended through the event store in"
                            + " %.1f s, %,.0f events/s, %,d per transaction)%n", "events in the store", replay.events(),
                    topUp.before(), topUp.appended(), topUp.took().toNanos() / 1e9, topUpRate, ReplayPhase.TOP_UP_BATCH);
        }
        out.printf(Locale.ROOT, "  %-26s %,12.0f rows/s   (%,d rows, %.1f MB of text and JSON, fetch size 1000, %.2f s)%n",
                "raw JDBC sequential read", raw.perSecond(), raw.rows(), raw.bytes() / 1e6, raw.took().toNanos() / 1e9);
        out.printf(Locale.ROOT, "  %-26s %,12.0f events/s (%,d events in %.2f s; %,d rows in assessment_engagement;"
                        + " JVM cpu %s per event, CPU busy %s)%n", "replay", replay.perSecond(), replay.events(),
                replay.took().toNanos() / 1e9, replay.projectedRows(), cpuMillis(replay.cpu()), busy(replay.cpu()));
        double ofRaw = replay.perSecond() / raw.perSecond();
        double ofCeiling = replay.perSecond() / PROJECTION_CEILING;
        out.printf(Locale.ROOT, "  %-26s %12s%n", "replay / raw read", percent(ofRaw));
        out.printf(Locale.ROOT, "  %-26s %12s   (target >= %s -> %s)%n", "replay / ceiling 5,492/s", percent(ofCeiling),
                percent(REPLAY_TARGET), verdict(ofCeiling >= REPLAY_TARGET));
        if (replay.projectedRows() != replay.events()) {
            out.printf(Locale.ROOT, "  FAILED: the projection holds %,d rows for %,d events%n", replay.projectedRows(),
                    replay.events());
        }

        var fields = new LinkedHashMap<String, Object>();
        fields.put("phase", "c");
        fields.put("name", "replay");
        fields.put("events", replay.events());
        fields.put("headIndex", replay.headIndex());
        fields.put("projectedRows", replay.projectedRows());
        fields.put("batchSize", replay.batchSize());
        fields.put("replayEventsPerSecond", replay.perSecond());
        fields.put("replaySeconds", replay.took().toNanos() / 1e9);
        fields.put("replayJvmCpuMsPerEvent", orNull(replay.cpu().jvmCpuMillisPerOp()));
        fields.put("replayMachineBusyShare", orNull(replay.cpu().machineBusyShare()));
        fields.put("rawReadRowsPerSecond", raw.perSecond());
        fields.put("rawReadSeconds", raw.took().toNanos() / 1e9);
        fields.put("replayShareOfRawRead", ofRaw);
        fields.put("projectionCeiling", PROJECTION_CEILING);
        fields.put("replayShareOfCeiling", ofCeiling);
        fields.put("topUpEvents", topUp.appended());
        fields.put("topUpEventsPerSecond", topUpRate);
        machineLine("BENCH-RESULT", fields);
        summary.put("replayEventsPerSecond", replay.perSecond());
        summary.put("replayShareOfCeiling", ofCeiling);
        summary.put("replayTargetMet", ofCeiling >= REPLAY_TARGET);
        out.println();
    }

    void finish(boolean valid) {
        summary.put("valid", valid);
        out.println(valid ? "All phases completed without errors." : "THE RUN HAD ERRORS: its figures are not valid.");
        machineLine("BENCH-SUMMARY", summary);
    }

    private Map<String, Object> load(String phase, String name, String unit, LoadResult r, Double shareOfRaw) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("phase", phase);
        fields.put("name", name);
        fields.put("clients", r.clients());
        fields.put("unit", unit);
        fields.put("perSecond", r.perSecond());
        fields.put("p50Ms", r.p50Millis());
        fields.put("p99Ms", r.p99Millis());
        fields.put("maxMs", r.maxMillis());
        fields.put("completed", r.completed());
        fields.put("jvmCpuMsPerOp", orNull(r.cpu().jvmCpuMillisPerOp()));
        fields.put("machineBusyShare", orNull(r.cpu().machineBusyShare()));
        fields.put("jvmShareOfBusy", orNull(r.cpu().jvmShareOfBusy()));
        fields.put("failedClients", r.failedClients());
        if (shareOfRaw != null) {
            fields.put("shareOfRaw", shareOfRaw);
        }
        summary.put(phase + "PerSecondAt" + r.clients(), r.perSecond());
        return fields;
    }

    private void failure(LoadResult r) {
        if (r.firstError() != null) {
            out.println("  FAILED at " + r.clients() + " clients: " + r.firstError());
        } else if (r.completed() == 0) {
            out.println("  FAILED at " + r.clients() + " clients: nothing completed in the window");
        }
    }

    private void machineLine(String tag, Map<String, ?> fields) {
        try {
            out.println(tag + " " + json.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cpuMillis(LoadResult r) {
        return cpuMillis(r.cpu());
    }

    private static String cpuMillis(CpuMeter.Usage usage) {
        double millis = usage.jvmCpuMillisPerOp();
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.3f ms", millis);
    }

    private static String busy(LoadResult r) {
        return busy(r.cpu());
    }

    private static String busy(CpuMeter.Usage usage) {
        double share = usage.machineBusyShare();
        return Double.isNaN(share) ? "-" : percent(share);
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
