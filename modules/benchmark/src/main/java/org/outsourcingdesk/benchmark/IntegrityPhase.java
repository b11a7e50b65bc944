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
 * running beside the load as in the product, keeping up with it).
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

    /**
     * Seals every event in the store, from an empty chain: a kept database's chain is dropped first,
     * since its checkpoints carry the signature of the run that sealed it, whose keys are gone.
     */
    Sealed sealAll() throws SQLException {
        dropChain();
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

    /**
     * Verification against the raw read of the same rows, sent in binary as verification has them sent,
     * in {@link #PAIRS} pairs, the order within a
     * pair alternating, after one untimed pass of each (warm caches and JIT): the raw read's rate
     * moves by a tenth between passes on a shared two-core machine, so each verification is held
     * against the raw read next to it and the median of the pairs' ratios is reported.
     */
    Verified verify(ReplayPhase reader) throws SQLException {
        reader.timedRawRead(true);
        verifyOnce();
        var pairs = new java.util.ArrayList<VerifiedPair>();
        for (int pair = 0; pair < PAIRS; pair++) {
            ReplayPhase.RawRead raw;
            Verification result;
            long took;
            if (pair % 2 == 0) {
                raw = reader.timedRawRead(true);
                long started = System.nanoTime();
                result = verifyOnce();
                took = System.nanoTime() - started;
            } else {
                long started = System.nanoTime();
                result = verifyOnce();
                took = System.nanoTime() - started;
                raw = reader.timedRawRead(true);
            }
            pairs.add(new VerifiedPair(raw, result, Duration.ofNanos(took)));
        }
        return new Verified(pairs);
    }

    private Verification verifyOnce() throws SQLException {
        try (var connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                return IntegrityService.verify(connection, List.of(keys.getPublic()), mac, n -> { },
                        task -> Thread.ofPlatform().name("benchmark-verifier").daemon().start(task));
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * The command path at the target clients, integrity off and on, in five pairs, the order within a
     * pair alternating (off first, then on first): single runs of ten seconds on a shared two-core
     * machine differ by more than the effect measured, so the ratio reported is the median of the pairs.
     */
    static final int PAIRS = 5;

    Appends appends() throws Exception {
        var gateway = axon.commandGateway();
        ClosedLoopLoad.ClientFactory sender = index -> () -> gateway.sendAndWait(samples.openCommand());
        int clients = settings.targetClients();
        ClosedLoopLoad.warmUp(clients, settings.phaseWarmup(), sender);
        var pairs = new java.util.ArrayList<LoadResult[]>();
        var sealedBeside = new java.util.ArrayList<Long>();
        for (int pair = 0; pair < PAIRS; pair++) {
            var sealedPositions = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.Callable<LoadResult> load = () -> {
                settle();
                return ClosedLoopLoad.run(clients, settings.warmup(), settings.measurement(), sender);
            };
            LoadResult off;
            LoadResult on;
            if (pair % 2 == 0) {
                off = load.call();
                on = withIntegrity(load, sealedPositions);
            } else {
                on = withIntegrity(load, sealedPositions);
                off = load.call();
            }
            pairs.add(new LoadResult[] {off, on});
            sealedBeside.add(sealedPositions.get());
        }
        return new Appends(pairs, sealedBeside);
    }

    /**
     * The same starting conditions for every run, off or on: the database's dirty pages written out (the
     * on runs' resealing and the removal of their events write a lot just before), the JVM's garbage
     * collected, a second of quiet.
     */
    private void settle() throws SQLException, InterruptedException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        System.gc();
        Thread.sleep(1000);
    }

    /**
     * Before each on run the chain is sealed anew over the whole store (untimed), as for a data folder
     * that predates codes, so that the sealer starts caught up; after it, the events it appended (the
     * only ones with codes) are removed again, since an off run's events, without codes, after them
     * would rightly stop the next sealer, and the global index is set back, so the store is as it was
     * before the run. Only engagements that nothing refers to are removed.
     */
    private ChainSealing.Known resealed() throws SQLException {
        dropChain();
        // no load runs now: positions left empty (the removed events of the last on run) are final at once
        var sealing = new ChainSealing(mac, keys.getPrivate(), keys.getPublic(), Duration.ZERO, Duration.ofSeconds(30),
                Clock.systemUTC());
        try (var connection = database.connect()) {
            connection.setAutoCommit(false);
            ChainSealing.Round round;
            do {
                round = sealing.seal(connection, null);
                connection.commit();
            } while (round.sealed() > 0);
            return round.known();
        }
    }

    /** Removes the chain and its checkpoints: the store is then as before it was ever sealed. */
    private void dropChain() throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM audit_chain_segment");
            statement.execute("DELETE FROM audit_checkpoint");
        }
    }

    private LoadResult withIntegrity(java.util.concurrent.Callable<LoadResult> load,
                                     java.util.concurrent.atomic.AtomicLong sealedPositions) throws InterruptedException {
        ChainSealing.Known caughtUp;
        try {
            caughtUp = resealed();
        } catch (SQLException e) {
            throw new IllegalStateException("could not seal the store before the on run", e);
        }
        var stamping = axon.eventStore().registerDispatchInterceptor(new EventAuthentication(mac, axon.eventSerializer()));
        var running = new AtomicBoolean(true);
        var sealer = new Thread(() -> {
            // as the product's ChainSealer: a round a second, rounds back to back while batches come full, each
            // proving first that the database still extends what the previous round sealed
            // one connection for its whole life, as the product's sealer takes one from the server's pool
            var sealing = sealing();
            ChainSealing.Known known = caughtUp;
            try (var connection = database.connect()) {
                connection.setAutoCommit(false);
                while (running.get()) {
                    try {
                        var round = sealing.seal(connection, known);
                        connection.commit();
                        known = round.known();
                        sealedPositions.addAndGet(round.sealed());
                        if (round.sealed() < ChainSealing.BATCH) {
                            Thread.sleep(1000);
                        }
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        System.err.println("sealer: " + e.getMessage());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("sealer: " + e.getMessage());
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
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("DELETE FROM DomainEventEntry WHERE globalIndex > " + caughtUp.headIndex());
                // the next events follow on at once: a hole where these were would hold the next on run's sealer
                // back (a position left empty may be a late commit until it is old enough to be final), so that
                // run would measure appends with an idle sealer. Safe here: no load runs, and the store takes one
                // number per event from the sequence (allocation size 1), none cached.
                statement.execute("SELECT setval('domain_event_global_index_seq', " + caughtUp.headIndex() + ")");
                statement.execute("VACUUM DomainEventEntry"); // so that the next run does not pay for the dead rows
            } catch (SQLException e) {
                throw new IllegalStateException("could not remove the on run's events", e);
            }
        }
    }

    record Sealed(long positions, Duration took) {
        double perSecond() {
            return positions / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    record VerifiedPair(ReplayPhase.RawRead raw, Verification result, Duration took) {
        double perSecond() {
            return (result.eventsVerified() + result.gapsVerified()) / Math.max(1e-9, took.toNanos() / 1e9);
        }

        double shareOfRaw() {
            return perSecond() / raw.perSecond();
        }
    }

    record Verified(List<VerifiedPair> pairs) {
        double medianShare() {
            double[] shares = pairs.stream().mapToDouble(VerifiedPair::shareOfRaw).sorted().toArray();
            return shares[shares.length / 2];
        }

        boolean intact() {
            return pairs.stream().allMatch(p -> p.result().intact());
        }
    }

    /** The pairs, and how many positions the sealer sealed beside each on run (warm-up included). */
    record Appends(List<LoadResult[]> pairs, List<Long> sealedBeside) {
        double medianShare() {
            double[] shares = pairs.stream().mapToDouble(p -> p[1].perSecond() / Math.max(1e-9, p[0].perSecond())).sorted().toArray();
            return shares[shares.length / 2];
        }

        boolean failed() {
            return pairs.stream().anyMatch(p -> p[0].failed() || p[1].failed());
        }
    }
}
