package org.outsourcingdesk.platform.axon;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * Rebuilds every read model from the event store and proves the rebuilt tables equal the live ones:
 * for each tracking processor, a digest of its tables (every row, in key order), then the processor
 * is stopped, its tokens reset (its reset handler empties its tables), started again and followed
 * until it has caught up with the store, and its tables are digested again. One rebuild at a time.
 * <p>
 * Interrupted (the product stopped half-way), a rebuild resumes by itself: the reset tokens are
 * stored, so the processors continue from where they were when the product starts again; starting
 * the rebuild again afterwards ends with equal digests too.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());
    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(30);

    @Inject
    AxonBootstrap axon;
    @Inject
    ReadModelStatus status;
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<Run> current = new AtomicReference<>();

    /** Starts a rebuild; refused (empty) while one runs. */
    public java.util.Optional<Run> start(String startedBy) {
        var run = new Run(java.util.UUID.randomUUID().toString(), startedBy, Instant.now());
        var previous = current.get();
        if (previous != null && !previous.done() || !current.compareAndSet(previous, run)) {
            return java.util.Optional.empty();
        }
        executor.submit(() -> rebuild(run));
        return java.util.Optional.of(run);
    }

    public java.util.Optional<Run> latest() {
        return java.util.Optional.ofNullable(current.get());
    }

    private void rebuild(Run run) {
        try {
            var processors = axon.trackingProcessors();
            var tables = axon.readModels();
            var policies = axon.policies();
            for (var entry : processors.entrySet()) {
                if (policies.contains(entry.getKey())) {
                    continue; // acts on events; replaying it would act twice
                }
                var model = new ModelResult(entry.getKey(), tables.getOrDefault(entry.getKey(), List.of()));
                run.models.add(model);
            }
            for (ModelResult model : run.models) {
                if (model.tables.isEmpty()) {
                    throw new IllegalStateException("processor " + model.processor
                            + " is declared neither a read model (with its tables) nor a policy");
                }
                TrackingEventProcessor processor = processors.get(model.processor);
                long head = status.headIndex();
                model.before = digest(model.tables);
                model.state = "rebuilding";
                processor.shutDown();
                processor.resetTokens();
                processor.start();
                awaitCaughtUp(processor, head, model);
                model.after = digest(model.tables);
                // an event stored meanwhile changes the tables: no proof either way, say so
                boolean moved = status.headIndex() != head;
                model.state = model.before.equals(model.after) ? "equal"
                        : moved ? "inconclusive: events were added meanwhile; run it again" : "DIFFERENT";
            }
            run.finish(null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "read-model rebuild failed", e);
            run.finish(e.getMessage());
        }
    }

    /** How long a processor may make no progress before it is restarted (a claim lost in a quick restart). */
    static final Duration STALL = Duration.ofSeconds(15);

    private static void awaitCaughtUp(TrackingEventProcessor processor, long head, ModelResult model)
            throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        long lastPosition = Long.MIN_VALUE;
        long lastProgress = System.nanoTime();
        while (true) {
            long position = ReadModelStatus.position(processor);
            model.position = Math.max(position, 0);
            model.head = head;
            if (ReadModelStatus.caughtUp(processor, head)) {
                return;
            }
            if (processor.isError()) {
                throw new IllegalStateException("processor " + model.processor + " failed while rebuilding; see the log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processor " + model.processor + " did not catch up within " + CATCH_UP_LIMIT);
            }
            if (position != lastPosition) {
                lastPosition = position;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                LOG.warning("processor " + model.processor + " made no progress for " + STALL + "; restarting it");
                processor.shutDown();
                processor.start();
                lastProgress = System.nanoTime();
            }
            Thread.sleep(50);
        }
    }

    /** SHA-256 over every row of the tables, each table in the order of its primary key, every column as text. */
    String digest(List<String> tables) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables) {
                digest.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
                String order = String.join(", ", primaryKey(connection, table));
                try (var statement = connection.prepareStatement("select * from " + table + " order by " + order);
                     var rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = rows.getString(c);
                            digest.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) '\n');
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (var keys = connection.getMetaData().getPrimaryKeys(null, null, name)) {
                var ordered = new java.util.TreeMap<Integer, String>();
                while (keys.next()) {
                    ordered.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
                }
                columns.addAll(ordered.values());
            }
            if (!columns.isEmpty()) {
                return columns;
            }
        }
        throw new IllegalStateException("table " + table + " has no primary key to order its rows by");
    }

    /** One rebuild: who, when, and each read model's digests. */
    public static final class Run {
        private final String id;
        private final String startedBy;
        private final Instant startedAt;
        final List<ModelResult> models = new CopyOnWriteArrayList<>();
        private volatile Instant finishedAt;
        private volatile String error;

        Run(String id, String startedBy, Instant startedAt) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        void finish(String failure) {
            error = failure;
            finishedAt = Instant.now();
        }

        public String getId() { return id; }
        public String getStartedBy() { return startedBy; }
        public Instant getStartedAt() { return startedAt; }
        public Instant getFinishedAt() { return finishedAt; }
        public String getError() { return error; }
        public boolean done() { return finishedAt != null; }
        public List<ModelResult> getModels() { return List.copyOf(models); }

        /** Whether every rebuilt read model equals what it was. */
        public boolean allEqual() {
            return done() && error == null && models.stream().allMatch(m -> "equal".equals(m.state));
        }
    }

    /** One read model in a rebuild. */
    public static final class ModelResult {
        private final String processor;
        private final List<String> tables;
        private volatile String before;
        private volatile String after;
        private volatile String state = "waiting";
        private volatile long position;
        private volatile long head;

        ModelResult(String processor, List<String> tables) {
            this.processor = processor;
            this.tables = List.copyOf(tables);
        }

        public String getProcessor() { return processor; }
        public List<String> getTables() { return tables; }
        public String getBefore() { return before; }
        public String getAfter() { return after; }
        public String getState() { return state; }
        public long getPosition() { return position; }
        public long getHead() { return head; }
    }
}
