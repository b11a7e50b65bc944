package org.outsourcingdesk.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one run measures, read from system properties so that the Maven profile, a shell script and
 * an IDE launch all configure it the same way. Defaults are the full run of docs/performance.md.
 *
 * @param adminUrl      a database on the server that may run CREATE/DROP DATABASE; the run itself
 *                      happens in a fresh database next to it
 * @param user          the database user (password: trust authentication or ~/.pgpass)
 * @param measurement   how long each measured load level lasts
 * @param warmup        load before each measured level that is not counted (JIT, connection and
 *                      statement caches, Axon's first-use initialisation)
 * @param replayEvents  the least number of events the replay phase processes
 * @param clients       the concurrency levels of phases (a) and (b), in the order run
 * @param keepDatabase  leave the run's database behind to inspect it
 * @param database      a database kept by an earlier run to work in again (its events stay, topped up
 *                      if too few; it is kept afterwards), or null for a fresh one
 * @param integrityOnly only what the auditors' features cost: the store topped up, (d) and (e);
 *                      not (a), (b) and the replay of (c)
 */
record BenchmarkSettings(String adminUrl, String user, Duration measurement, Duration warmup, int replayEvents,
                         List<Integer> clients, boolean keepDatabase, String database, boolean integrityOnly) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                System.getProperty("desk.bench.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                System.getProperty("desk.bench.user", "postgres"),
                Duration.ofSeconds(positive("desk.bench.seconds", 10)),
                Duration.ofSeconds(notNegative("desk.bench.warmupSeconds", 3)),
                positive("desk.bench.replayEvents", 100_000),
                clientLevels(System.getProperty("desk.bench.clients", "1,4,16")),
                Boolean.parseBoolean(System.getProperty("desk.bench.keepDatabase", "false")),
                databaseName(System.getProperty("desk.bench.database", "")),
                Boolean.parseBoolean(System.getProperty("desk.bench.integrityOnly", "false")));
    }

    /** A kept database's name as ScratchDatabase makes them, or null when none is named. */
    private static String databaseName(String text) {
        String name = text.strip();
        if (name.isEmpty()) {
            return null;
        }
        if (!name.matches("desk_bench_[0-9_]+")) {
            throw new IllegalArgumentException("desk.bench.database must name a database an earlier run kept, such as"
                    + " desk_bench_20261128_050000, not '" + text + "'");
        }
        return name;
    }

    /**
     * Load before a phase's first level, at its highest concurrency: long enough for the JIT to
     * compile the framework code on the path (Axon, EclipseLink, Jackson, the driver), which a few
     * seconds at one client do not reach on two busy cores.
     */
    Duration phaseWarmup() {
        return warmup.multipliedBy(3);
    }

    /** The level the targets are judged at: the highest concurrency run (16 in the full run). */
    int targetClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static List<Integer> clientLevels(String text) {
        try {
            List<Integer> levels = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).toList();
            if (levels.isEmpty() || levels.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException();
            }
            return levels;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("desk.bench.clients must list positive numbers such as 1,4,16, not '"
                    + text + "'");
        }
    }

    private static int positive(String name, int defaultValue) {
        int value = integer(name, defaultValue);
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    private static int notNegative(String name, int defaultValue) {
        int value = integer(name, defaultValue);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
        return value;
    }

    private static int integer(String name, int defaultValue) {
        String text = System.getProperty(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
        }
    }
}
