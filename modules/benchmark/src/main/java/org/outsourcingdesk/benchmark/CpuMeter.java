package org.outsourcingdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CPU went during a measured window: this JVM's own CPU time, and how busy the whole
 * machine was (Linux /proc/stat; everything else, PostgreSQL included, is the difference). On two
 * cores a level that keeps the machine near 100 % is CPU-bound, and the JVM's share says whether
 * the application or the database spent it.
 */
final class CpuMeter {

    /** A reading; machine jiffies are -1 where /proc/stat cannot be read. */
    record Reading(long jvmCpuNanos, long machineBusy, long machineTotal) {
    }

    /** What happened between two readings. {@code NaN} where unknown. */
    record Usage(double jvmCpuMillisPerOp, double machineBusyShare, double jvmShareOfBusy) {
        static final Usage UNKNOWN = new Usage(Double.NaN, Double.NaN, Double.NaN);
    }

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private CpuMeter() {
    }

    static Reading read() {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        long busy = -1;
        long total = -1;
        try {
            String[] fields = Files.readAllLines(PROC_STAT).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are not work.
            long sum = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                sum += Long.parseLong(fields[i]);
            }
            total = sum;
            busy = sum - Long.parseLong(fields[4]) - Long.parseLong(fields[5]);
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the machine column stays empty
        }
        return new Reading(jvm, busy, total);
    }

    static Usage between(Reading before, Reading after, long operations) {
        double jvmMillis = before.jvmCpuNanos() < 0 || after.jvmCpuNanos() < 0 ? Double.NaN
                : (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e6;
        double busyShare = Double.NaN;
        double jvmShare = Double.NaN;
        if (before.machineTotal() >= 0 && after.machineTotal() > before.machineTotal()) {
            long totalJiffies = after.machineTotal() - before.machineTotal();
            busyShare = (double) (after.machineBusy() - before.machineBusy()) / totalJiffies;
            double busyMillis = (after.machineBusy() - before.machineBusy()) * 1000.0 / clockTicksPerSecond();
            jvmShare = busyMillis > 0 ? jvmMillis / busyMillis : Double.NaN;
        }
        return new Usage(operations > 0 ? jvmMillis / operations : Double.NaN, busyShare, jvmShare);
    }

    /** USER_HZ: 100 on every Linux distribution the product targets; the kernel does not expose it in /proc. */
    private static long clockTicksPerSecond() {
        return 100;
    }
}
