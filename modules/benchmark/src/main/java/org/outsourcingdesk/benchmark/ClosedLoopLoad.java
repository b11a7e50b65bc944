package org.outsourcingdesk.benchmark;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: N clients, each sending its next request as soon as the previous one is
 * answered, the way N busy users or N request threads would. It measures the throughput such a
 * system sustains and the latency each caller sees, with no queueing in front of it.
 * <p>
 * Every client first runs through the warm-up, then a measured window of fixed length; a request
 * counts when it completes inside the window. Clients open their resources (a connection) before
 * the clock starts.
 */
final class ClosedLoopLoad {

    /** One client's way of doing one request; opened once per client thread, closing what it holds (a connection). */
    interface Client extends AutoCloseable {
        void call() throws Exception;

        @Override
        default void close() throws SQLException {
        }
    }

    @FunctionalInterface
    interface ClientFactory {
        Client open(int clientIndex) throws Exception;
    }

    private ClosedLoopLoad() {
    }

    /**
     * Load that is thrown away, at the phase's highest concurrency, before its first measured level:
     * a low level alone would not run the code path often enough for the JIT to finish with it.
     */
    static void warmUp(int clients, Duration duration, ClientFactory factory) throws InterruptedException {
        if (!duration.isZero()) {
            var result = run(clients, Duration.ZERO, duration, factory);
            if (result.firstError() != null) {
                throw new IllegalStateException("the warm-up failed: " + result.firstError(), result.firstError());
            }
        }
    }

    static LoadResult run(int clients, Duration warmup, Duration measurement, ClientFactory factory)
            throws InterruptedException {
        var ready = new CountDownLatch(clients);
        var go = new CountDownLatch(1);
        var firstError = new AtomicReference<Throwable>();
        var window = new long[2];
        var recorders = new ArrayList<Recorder>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < clients; i++) {
            var recorder = new Recorder();
            recorders.add(recorder);
            int index = i;
            var thread = Thread.ofPlatform().name("bench-client-" + i).unstarted(() -> {
                try (Client client = factory.open(index)) {
                    ready.countDown();
                    go.await();
                    long from = window[0];
                    long until = window[1];
                    long started;
                    while ((started = System.nanoTime()) < until) {
                        client.call();
                        long ended = System.nanoTime();
                        if (ended >= from && ended <= until) {
                            recorder.add(ended - started);
                        }
                    }
                } catch (Throwable e) {
                    // A failing client stops: a run with errors is reported as such, not averaged away.
                    recorder.failed = true;
                    firstError.compareAndSet(null, e);
                    ready.countDown();
                }
            });
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        window[0] = start + warmup.toNanos();
        window[1] = window[0] + measurement.toNanos();
        go.countDown(); // the latch publishes the window to the clients
        sleepUntil(window[0]);
        var cpuBefore = CpuMeter.read();
        sleepUntil(window[1]);
        var cpuAfter = CpuMeter.read();
        long patience = warmup.plus(measurement).plusMinutes(2).toMillis();
        for (var thread : threads) {
            thread.join(Math.max(1, patience - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        }
        long stuck = threads.stream().filter(Thread::isAlive).count();
        if (stuck > 0) {
            firstError.compareAndSet(null, new IllegalStateException(stuck + " clients still busy two minutes after the end"));
        }
        long[] latencies = merge(recorders);
        return LoadResult.of(clients, measurement, latencies, CpuMeter.between(cpuBefore, cpuAfter, latencies.length),
                recorders.stream().filter(r -> r.failed).count() + stuck, firstError.get());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static long[] merge(List<Recorder> recorders) {
        int total = recorders.stream().mapToInt(r -> r.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (var recorder : recorders) {
            System.arraycopy(recorder.latencies, 0, all, at, recorder.size);
            at += recorder.size;
        }
        return all;
    }

    /** Latencies of one client, kept apart so that clients share nothing while they run. */
    private static final class Recorder {
        private long[] latencies = new long[8192];
        private int size;
        private volatile boolean failed;

        void add(long nanos) {
            if (size == latencies.length) {
                latencies = Arrays.copyOf(latencies, size * 2);
            }
            latencies[size++] = nanos;
        }
    }
}
