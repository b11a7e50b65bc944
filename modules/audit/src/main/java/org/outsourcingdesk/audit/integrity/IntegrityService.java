package org.outsourcingdesk.audit.integrity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.integrity.ChainLink;
import org.outsourcingdesk.integrity.ChainVerifier;
import org.outsourcingdesk.integrity.Checkpoint;
import org.outsourcingdesk.integrity.ExportFormat;
import org.outsourcingdesk.integrity.StoredEvent;
import org.outsourcingdesk.integrity.Verification;

/**
 * Verifies the event store against its chain and checkpoints, and every event's authentication
 * code, in the background with progress, and
 * writes the export that the offline command verifies. Reads the store's rows by JDBC, exactly as
 * stored: nothing the verification trusts passes through Axon or the read models.
 */
@ApplicationScoped
public class IntegrityService {

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;
    @Inject
    IntegrityKeys key;

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** Starts a verification of the whole store, or answers the one running: one at a time. */
    public synchronized Run start(String startedBy) {
        var running = runs.values().stream().filter(r -> !r.done()).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        if (runs.size() >= 50) { // keep the latest few to look at, not every one since the start
            runs.values().stream().min((a, b) -> a.startedAt.compareTo(b.startedAt)).ifPresent(oldest -> runs.remove(oldest.id));
        }
        var run = new Run(UUID.randomUUID().toString(), startedBy, Instant.now(), total());
        runs.put(run.id, run);
        executor.submit(() -> {
            try {
                run.finish(verify(run.checked::set));
            } catch (SQLException | RuntimeException e) {
                run.fail(e.getMessage());
            }
        });
        return run;
    }

    public Optional<Run> run(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The latest runs, newest first. */
    public List<Run> runs() {
        return runs.values().stream().sorted((a, b) -> b.startedAt.compareTo(a.startedAt)).limit(20).toList();
    }

    /** Verifies now, on this thread. */
    public Verification verify(java.util.function.LongConsumer progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams by fetch size only inside a transaction
            int isolation = connection.getTransactionIsolation();
            // one snapshot for checkpoints, links and events: a checkpoint signed meanwhile must not cover links unseen
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                // a thread of its own for the judge: a pooled task could queue behind this very one
                return verify(connection, key.trustedKeys(), key.eventMac(), progress,
                        task -> threads.newThread(task).start());
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Verifies the store on a connection the caller owns (inside a transaction, for streaming): every
     * position against the chain and the checkpoints, unsealed events against their codes. This thread
     * reads the rows while {@code executor} (which must run the task on another thread) hashes and
     * judges them, batch by batch in order, so that reading and hashing overlap on two cores.
     */
    public static Verification verify(Connection connection, java.util.Collection<java.security.PublicKey> trustedKeys,
                                      org.outsourcingdesk.integrity.EventMac mac, java.util.function.LongConsumer progress,
                                      java.util.concurrent.Executor executor) throws SQLException {
        var verifier = new ChainVerifier(checkpoints(connection), trustedKeys, progress).checkingCodes(mac);
        var pipeline = new PositionPipeline(verifier);
        executor.execute(pipeline::judge);
        try (var eventQuery = EventStoreRows.eventsFrom(connection, Long.MIN_VALUE, 0);
             var events = eventQuery.executeQuery();
             var segmentQuery = ChainSegments.all(connection);
             var segments = segmentQuery.executeQuery()) {
            // the rows go over as read, in one order: each sealed batch just before the first event it may cover
            ChainSegments.Raw pending = segments.next() ? ChainSegments.raw(segments) : null;
            while (!pipeline.stopped() && events.next()) {
                var event = EventStoreRows.event(events);
                while (pending != null && pending.first() <= event.globalIndex()) {
                    pipeline.offer(pending);
                    pending = segments.next() ? ChainSegments.raw(segments) : null;
                }
                pipeline.offer(event);
            }
            pipeline.offer(PositionPipeline.NO_MORE_EVENTS);
            while (!pipeline.stopped() && pending != null) {
                pipeline.offer(pending);
                pending = segments.next() ? ChainSegments.raw(segments) : null;
            }
        } finally {
            pipeline.end();
        }
        return pipeline.result();
    }

    /**
     * Rows handed from the reading thread to the judging one in batches, in order, through a small
     * bounded queue: the reader never runs far ahead, and stops as soon as the judge has found the
     * first break. The judge decodes the sealed batches and lines their links up with the events,
     * position by position, as {@link #forEachPosition} does on one thread.
     */
    private static final class PositionPipeline {
        static final Object NO_MORE_EVENTS = new Object();
        private static final int BATCH = 512;
        private static final List<Object> END = List.of();
        private final ChainVerifier verifier;
        private final java.util.concurrent.BlockingQueue<List<Object>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        private final java.util.concurrent.CompletableFuture<Verification> result = new java.util.concurrent.CompletableFuture<>();
        private volatile boolean stopped;
        private List<Object> batch = new ArrayList<>(BATCH);
        /** Links received and not yet lined up with an event (judge's thread only). */
        private final java.util.ArrayDeque<ChainLink> links = new java.util.ArrayDeque<>();
        private boolean eventsEnded;

        PositionPipeline(ChainVerifier verifier) {
            this.verifier = verifier;
        }

        void judge() {
            try {
                for (List<Object> next = queue.take(); next != END && !verifier.broken(); next = queue.take()) {
                    for (Object row : next) {
                        take(row);
                        if (verifier.broken()) {
                            break;
                        }
                    }
                }
                drainLinks(Long.MAX_VALUE);
                stopped = true;
                result.complete(verifier.finish());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                stopped = true;
                result.completeExceptionally(e);
            }
        }

        private void take(Object row) {
            if (row instanceof StoredEvent event) {
                drainLinks(event.globalIndex());
                ChainLink link = !links.isEmpty() && links.peekFirst().globalIndex() == event.globalIndex() ? links.pollFirst() : null;
                verifier.accept(event.globalIndex(), link, event);
            } else if (row instanceof ChainSegments.Raw segment) {
                links.addAll(segment.links());
                if (eventsEnded) {
                    drainLinks(Long.MAX_VALUE);
                }
            } else if (row == NO_MORE_EVENTS) {
                eventsEnded = true;
                drainLinks(Long.MAX_VALUE);
            }
        }

        /** The links before {@code index}: positions where no event is stored. */
        private void drainLinks(long index) {
            while (!links.isEmpty() && links.peekFirst().globalIndex() < index && !verifier.broken()) {
                ChainLink link = links.pollFirst();
                verifier.accept(link.globalIndex(), link, null);
            }
        }

        boolean stopped() {
            return stopped;
        }

        void offer(Object row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        void end() {
            hand(batch);
            hand(END);
        }

        private void hand(List<Object> rows) {
            try {
                while (!stopped && !queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the judge is busy: wait, unless it has stopped
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("verification interrupted", e);
            }
        }

        Verification result() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("verification interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Writes the JSON Lines export: header, every position, every checkpoint. */
    public void export(Writer out) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot, as in verify
            try {
                ExportFormat.writeHeader(out, Instant.now(), key.keyId(), key.publicPem());
                forEachPosition(connection, (index, link, event) -> {
                    try {
                        ExportFormat.writePosition(out, index, event, link);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, () -> false);
                for (Checkpoint checkpoint : checkpoints(connection)) {
                    ExportFormat.writeCheckpoint(out, checkpoint);
                }
                out.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Where each event of these aggregates sits in the global order (one query): event id to position. */
    public Map<String, Long> positions(java.util.Collection<String> aggregateIdentifiers) throws SQLException {
        var positions = new java.util.HashMap<String, Long>();
        if (aggregateIdentifiers.isEmpty()) {
            return positions;
        }
        var ids = List.copyOf(new java.util.LinkedHashSet<>(aggregateIdentifiers));
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "select eventIdentifier, globalIndex from DomainEventEntry where aggregateIdentifier in (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            statement.setFetchSize(1000);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return positions;
    }

    /** The links sealing these positions (absent for positions not sealed yet). */
    public Map<Long, String> links(java.util.Collection<Long> positions) throws SQLException {
        var found = new java.util.HashMap<Long, String>();
        if (positions.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection()) {
            ChainSegments.at(connection, positions).forEach((index, link) -> found.put(index, link.hash()));
        }
        return found;
    }

    public List<Checkpoint> checkpoints() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return checkpoints(connection);
        }
    }

    private static List<Checkpoint> checkpoints(Connection connection) throws SQLException {
        var list = new ArrayList<Checkpoint>();
        try (var statement = connection.prepareStatement("select checkpoint_number, up_to_index, head_hash, links, "
                + "signed_at, key_id, signature from audit_checkpoint order by checkpoint_number");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                list.add(new Checkpoint(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4),
                        rows.getTimestamp(5).toInstant(), rows.getString(6), rows.getString(7)));
            }
        }
        return list;
    }

    private long total() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from DomainEventEntry");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** What sits at one position: its link and its event, either possibly absent. */
    interface Position {
        void accept(long index, ChainLink link, StoredEvent event);
    }

    /** Walks both orders together, the events and the links, position by position. */
    private static void forEachPosition(Connection connection, Position each, java.util.function.BooleanSupplier stop)
            throws SQLException {
        try (var eventQuery = EventStoreRows.eventsFrom(connection, Long.MIN_VALUE, 0);
             var events = eventQuery.executeQuery();
             var links = ChainSegments.after(connection, null)) {
            StoredEvent event = nextEvent(events);
            ChainLink link = links.hasNext() ? links.next() : null;
            while ((event != null || link != null) && !stop.getAsBoolean()) {
                long index = Math.min(event == null ? Long.MAX_VALUE : event.globalIndex(),
                        link == null ? Long.MAX_VALUE : link.globalIndex());
                StoredEvent here = event != null && event.globalIndex() == index ? event : null;
                ChainLink sealed = link != null && link.globalIndex() == index ? link : null;
                each.accept(index, sealed, here);
                if (here != null) {
                    event = nextEvent(events);
                }
                if (sealed != null) {
                    link = links.hasNext() ? links.next() : null;
                }
            }
        }
    }

    private static StoredEvent nextEvent(ResultSet rows) throws SQLException {
        return rows.next() ? EventStoreRows.event(rows) : null;
    }

    /** One verification: who started it, how far it got, and what it found. */
    public static final class Run {
        public final String id;
        public final String startedBy;
        public final Instant startedAt;
        public final long total;
        final AtomicLong checked = new AtomicLong();
        private volatile Verification result;
        private volatile String error;
        private volatile Instant finishedAt;

        Run(String id, String startedBy, Instant startedAt, long total) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.total = total;
        }

        void finish(Verification verification) {
            result = verification;
            finishedAt = Instant.now();
        }

        void fail(String message) {
            error = message;
            finishedAt = Instant.now();
        }

        public String getId() {
            return id;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public long getTotal() {
            return total;
        }

        public long checked() {
            return result == null ? checked.get() : result.eventsVerified() + result.gapsVerified();
        }

        public boolean done() {
            return finishedAt != null;
        }

        public Verification result() {
            return result;
        }

        public String error() {
            return error;
        }

        public Instant finishedAt() {
            return finishedAt;
        }
    }
}
