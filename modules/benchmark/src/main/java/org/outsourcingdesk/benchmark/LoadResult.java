package org.outsourcingdesk.benchmark;

import java.time.Duration;
import java.util.Arrays;

/**
 * One load level's outcome.
 *
 * @param clients       concurrent clients
 * @param completed     requests completed inside the measured window
 * @param perSecond     completed requests per second of the window
 * @param p50Millis     median latency, nearest rank
 * @param p99Millis     99th percentile latency, nearest rank
 * @param maxMillis     slowest request in the window
 * @param cpu           CPU spent during the window
 * @param failedClients clients that stopped on an error (0 in a valid run)
 * @param firstError    what the first failing client hit, or null
 */
record LoadResult(int clients, long completed, double perSecond, double p50Millis, double p99Millis,
                  double maxMillis, CpuMeter.Usage cpu, long failedClients, Throwable firstError) {

    static LoadResult of(int clients, Duration window, long[] latencyNanos, CpuMeter.Usage cpu, long failedClients,
                         Throwable firstError) {
        Arrays.sort(latencyNanos);
        double seconds = window.toNanos() / 1e9;
        return new LoadResult(clients, latencyNanos.length, latencyNanos.length / seconds,
                millis(percentile(latencyNanos, 50)), millis(percentile(latencyNanos, 99)),
                millis(latencyNanos.length == 0 ? 0 : latencyNanos[latencyNanos.length - 1]), cpu, failedClients, firstError);
    }

    boolean failed() {
        return failedClients > 0 || completed == 0;
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
