package org.outsourcingdesk.benchmark;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.outsourcingdesk.audit.integrity.ChainSealing;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.integrity.EventMac;
import org.outsourcingdesk.integrity.SigningKeys;
import org.outsourcingdesk.integrity.Verification;
import org.outsourcingdesk.platform.integrity.EventAuthentication;

/**
 * (d) The integrity design (ADR 0008), with the product's own code: sealing the whole store into the
 * chain; verifying it, against the raw read of (c); and the command path of (b) at the target
 * clients with it off, then on (every event stamped with its authentication code, the sealer
 * running beside the load as in the product).
 */
final class IntegrityPhase {

    private final ScratchDatabase database;
    private final DeskAxon axon;
    private final BenchmarkSettings settings;
    private final SampleEngagements samples;
    private final java.security.KeyPair keys = SigningKeys.generate();
    private final EventMac mac;

    IntegrityPhase(ScratchDatabase database, DeskAxon axon, BenchmarkSettings settings, SampleEngagements samples) {
        this.database = database;
        this.axon = axon;
        this.settings = settings;
        this.samples = samples;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.mac = new EventMac(key);
    }

    private ChainSealing sealing() {
        return new ChainSealing(mac, keys.getPrivate(), keys.getPublic(), Duration.ofSeconds(60), Duration.ofSeconds(30),
                Clock.systemUTC());
    }

    /** Seals every event in the store, from an empty chain. */
    Sealed sealAll() throws SQLException {
        var sealing = sealing();
        long positions = 0;
        long started = System.nanoTime();
        try (var connection = database.connect()) {
            connection.setAutoCommit(false);
            int sealed;
            do {
                sealed = sealing.seal(connection);
                connection.commit();
                positions += sealed;
            } while (sealed > 0);
        }
        return new Sealed(positions, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Verifies the whole store twice, the first untimed (warm caches, as the raw read had). */
    Verified verify() throws SQLException {
        verifyOnce();
        long started = System.nanoTime();
        var result = verifyOnce();
        return new Verified(result, Duration.ofNanos(System.nanoTime() - started));
    }

    private Verification verifyOnce() throws SQLException {
        try (var connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                return IntegrityService.verify(connection, List.of(keys.getPublic()), mac, n -> { });
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * The command path at the target clients, integrity off and on, three times in turn: single runs
     * of ten seconds on a shared two-core machine differ by more than the effect measured, so the
     * ratio reported is the median of three pairs.
     */
    Appends appends() throws InterruptedException {
        var gateway = axon.commandGateway();
        ClosedLoopLoad.ClientFactory sender = index -> () -> gateway.sendAndWait(samples.openCommand());
        int clients = settings.targetClients();
        ClosedLoopLoad.warmUp(clients, settings.phaseWarmup(), sender);
        var pairs = new java.util.ArrayList<LoadResult[]>();
        for (int pair = 0; pair < 3; pair++) {
            var off = ClosedLoopLoad.run(clients, settings.warmup(), settings.measurement(), sender);
            var on = withIntegrity(() -> ClosedLoopLoad.run(clients, settings.warmup(), settings.measurement(), sender));
            pairs.add(new LoadResult[] {off, on});
        }
        return new Appends(pairs);
    }

    private LoadResult withIntegrity(java.util.concurrent.Callable<LoadResult> load) throws InterruptedException {
        var stamping = axon.eventStore().registerDispatchInterceptor(new EventAuthentication(mac, axon.eventSerializer()));
        var running = new AtomicBoolean(true);
        var sealer = new Thread(() -> {
            var sealing = sealing();
            while (running.get()) {
                try (var connection = database.connect()) {
                    connection.setAutoCommit(false);
                    sealing.seal(connection);
                    connection.commit();
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException e) {
                    System.err.println("sealer: " + e.getMessage());
                }
            }
        }, "benchmark-sealer");
        sealer.setDaemon(true);
        sealer.start();
        try {
            return load.call();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            running.set(false);
            sealer.join(5000);
            stamping.cancel();
        }
    }

    record Sealed(long positions, Duration took) {
        double perSecond() {
            return positions / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    record Verified(Verification result, Duration took) {
        double perSecond() {
            return (result.eventsVerified() + result.gapsVerified()) / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    record Appends(List<LoadResult[]> pairs) {
        double medianShare() {
            double[] shares = pairs.stream().mapToDouble(p -> p[1].perSecond() / Math.max(1e-9, p[0].perSecond())).sorted().toArray();
            return shares[shares.length / 2];
        }

        boolean failed() {
            return pairs.stream().anyMatch(p -> p[0].failed() || p[1].failed());
        }
    }
}
