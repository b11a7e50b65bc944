package org.outsourcingdesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/**
 * Runs the measurements of docs/performance.md against a fresh PostgreSQL database: (a) raw
 * single-row inserts, (b) the command path, (c) a projection replay, (d) the integrity design, (e) the auditors' as-of of one long engagement. Exits 0 when every phase ran
 * without errors (whether or not the targets are met: they are reported, not enforced), 1 when a
 * phase failed, 2 when the run could not be set up.
 */
public final class Benchmark {

    private final BenchmarkSettings settings;
    private final Report report = new Report(System.out);

    private Benchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        // Axon's update checker calls home; the benchmark talks to 127.0.0.1 only.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        int status;
        try {
            status = new Benchmark(BenchmarkSettings.fromSystemProperties()).run() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            System.err.println("The benchmark could not run: " + e.getMessage()); // a setting; no trace needed
            status = 2;
        } catch (Exception e) {
            System.err.println("The benchmark could not run: " + e);
            e.printStackTrace();
            status = 2;
        }
        // Axon and EclipseLink threads must not keep a finished run alive.
        System.exit(status);
    }

    private boolean run() throws Exception {
        report.environment(environment());
        boolean valid;
        try (var database = settings.database() == null
                ? ScratchDatabase.create(settings.adminUrl(), settings.user(), settings.keepDatabase())
                : ScratchDatabase.existing(settings.adminUrl(), settings.user(), settings.database())) {
            System.out.println("Working in database " + database.name() + "; migrating its schema with the product's migrations.");
            DatabaseMigrations.migrate(database.dataSource(), Benchmark.class.getClassLoader());
            System.out.println();
            try (var axon = DeskAxon.start(database, settings.targetClients())) {
                var samples = new SampleEngagements();
                valid = true;
                var replayPhase = new ReplayPhase(database, axon, settings, samples);
                if (!settings.integrityOnly()) {
                    List<LoadResult> raw = new RawInsertPhase(database, settings, samples.rawShape(axon.eventSerializer())).run();
                    report.rawInserts(raw);

                    List<LoadResult> commands = new CommandPhase(axon, settings, samples).run();
                    report.commands(commands, raw, settings.targetClients());

                    var topUp = replayPhase.topUp();
                    var rawRead = replayPhase.rawRead();
                    var replay = replayPhase.replay();
                    report.replay(topUp, rawRead, replay);
                    valid = raw.stream().noneMatch(LoadResult::failed) && commands.stream().noneMatch(LoadResult::failed)
                            && replay.projectedRows() == replay.events();
                } else {
                    report.topUp(replayPhase.topUp());
                }

                var integrity = new IntegrityPhase(database, axon, settings, samples);
                var sealed = integrity.sealAll();
                var verified = integrity.verify(replayPhase);
                var appends = integrity.appends();
                report.integrity(sealed, verified, appends);
                var asOf = new AsOfPhase(database, axon).run();
                report.asOf(asOf);

                valid = valid && verified.intact() && !appends.failed();
            }
        }
        report.finish(valid);
        return valid;
    }

    /** What the figures depend on, printed before them. */
    private Map<String, Object> environment() throws SQLException {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("java", System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home"));
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("max heap MB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (Connection admin = adminConnection()) {
            facts.put("postgresql", setting(admin, "SELECT version()"));
            facts.put("postgresql settings", List.of("synchronous_commit", "fsync", "wal_sync_method", "shared_buffers",
                            "max_connections", "ssl").stream()
                    .map(name -> name + "=" + showQuietly(admin, name)).collect(Collectors.joining(", ")));
        }
        facts.put("CPU busy before the run", idleMachineBusy());
        // Without the URL's parameters, which may carry a password.
        facts.put("server", settings.adminUrl().replaceFirst("\\?.*$", "") + " as " + settings.user());
        facts.put("measurement", settings.measurement().toSeconds() + " s per level after " + settings.warmup().toSeconds()
                + " s warm-up; " + settings.phaseWarmup().toSeconds() + " s warm-up before each phase");
        facts.put("clients", settings.clients().stream().map(String::valueOf).collect(Collectors.joining(",")));
        facts.put("replay events", settings.replayEvents());
        facts.put("phases", settings.integrityOnly() ? "integrity only: top-up, (d), (e)" : "all: (a) to (e)");
        facts.put("database", settings.database() == null ? "a fresh one" : settings.database() + ", kept by an earlier run");
        return facts;
    }

    /**
     * How busy the machine is while the benchmark does nothing: on two shared cores another process
     * (a running server, a build) takes its share from every figure below.
     */
    private static String idleMachineBusy() {
        var before = CpuMeter.read();
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double share = CpuMeter.between(before, CpuMeter.read(), 0).machineBusyShare();
        if (Double.isNaN(share)) {
            return "unknown (no /proc/stat)";
        }
        String text = String.format(Locale.ROOT, "%.0f%% over 1 s", share * 100);
        return share > 0.15 ? text + "  WARNING: something else is loading this machine; its figures will be low and noisy"
                : text;
    }

    private Connection adminConnection() throws SQLException {
        ScratchDatabase.withDatabase(settings.adminUrl(), "postgres"); // refuses a server that is not on this machine
        var properties = new Properties();
        properties.setProperty("user", settings.user());
        return DriverManager.getConnection(settings.adminUrl(), properties);
    }

    private static String setting(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String showQuietly(Connection connection, String name) {
        try {
            return setting(connection, "SHOW " + name);
        } catch (SQLException e) {
            return "?";
        }
    }
}
