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
                return verify(connection, key.trustedKeys(), key.eventMac(), progress);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Verifies the store on a connection the caller owns (inside a transaction, for streaming): every
     * position against the chain and the checkpoints, unsealed events against their codes.
     */
    public static Verification verify(Connection connection, java.util.Collection<java.security.PublicKey> trustedKeys,
                                      org.outsourcingdesk.integrity.EventMac mac, java.util.function.LongConsumer progress)
            throws SQLException {
        var verifier = new ChainVerifier(checkpoints(connection), trustedKeys, progress).checkingCodes(mac);
        forEachPosition(connection, (index, link, event) -> verifier.accept(index, link, event), verifier::broken);
        return verifier.finish();
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

    /** Where each event of an aggregate sits in the global order: event id to position. */
    public Map<String, Long> positions(String aggregateIdentifier) throws SQLException {
        var positions = new java.util.HashMap<String, Long>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "select eventIdentifier, globalIndex from DomainEventEntry where aggregateIdentifier = ?")) {
            statement.setString(1, aggregateIdentifier);
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
        long low = java.util.Collections.min(positions);
        long high = java.util.Collections.max(positions);
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "select global_index, hash from audit_chain_link where global_index between ? and ?")) {
            statement.setLong(1, low);
            statement.setLong(2, high);
            try (var rows = statement.executeQuery()) {
                var wanted = new java.util.HashSet<>(positions);
                while (rows.next()) {
                    if (wanted.contains(rows.getLong(1))) {
                        found.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
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
             var linkQuery = EventStoreRows.links(connection);
             var links = linkQuery.executeQuery()) {
            StoredEvent event = nextEvent(events);
            ChainLink link = nextLink(links);
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
                    link = nextLink(links);
                }
            }
        }
    }

    private static StoredEvent nextEvent(ResultSet rows) throws SQLException {
        return rows.next() ? EventStoreRows.event(rows) : null;
    }

    private static ChainLink nextLink(ResultSet rows) throws SQLException {
        return rows.next() ? EventStoreRows.link(rows) : null;
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
