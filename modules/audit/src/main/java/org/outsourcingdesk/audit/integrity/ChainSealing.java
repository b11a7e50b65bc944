package org.outsourcingdesk.audit.integrity;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.outsourcingdesk.integrity.ChainHash;
import org.outsourcingdesk.integrity.ChainLink;
import org.outsourcingdesk.integrity.Checkpoint;
import org.outsourcingdesk.integrity.EventMac;
import org.outsourcingdesk.integrity.SigningKeys;

/**
 * One round of sealing on a connection the caller owns (and commits): extends the chain over the
 * events committed since, refusing any that carries no valid authentication code, and signs a
 * checkpoint when one is due. Plain JDBC, so the product's sealer and the benchmark run the same code.
 */
public final class ChainSealing {

    public static final int BATCH = 2000;
    static final long CHECKPOINT_EVERY_LINKS = 10_000;
    private static final Logger LOG = Logger.getLogger(ChainSealing.class.getName());

    private final EventMac mac;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Duration gapTimeout;
    private final Duration checkpointEvery;
    private final Clock clock;
    /** When this sealer first saw each empty position with a later event committed. */
    private final java.util.Map<Long, Instant> gapsSeen = new java.util.concurrent.ConcurrentHashMap<>();
    /** The sequence's first value (migration V2026_11_27_1600): the chain starts there, not at the first event. */
    static final long FIRST_POSITION = 1;

    public ChainSealing(EventMac mac, PrivateKey privateKey, PublicKey publicKey, Duration gapTimeout,
                        Duration checkpointEvery, Clock clock) {
        this.mac = mac;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.gapTimeout = gapTimeout;
        this.checkpointEvery = checkpointEvery;
        this.clock = clock;
    }

    /**
     * What a sealer last sealed and signed itself, kept outside the database it protects (ADR 0008):
     * the chain's head and the newest checkpoint it knows. Each round first proves that the database
     * still extends it, so that links rewritten or checkpoints deleted behind its back are never signed.
     */
    public record Known(long headIndex, String headHash, long checkpoint) {
    }

    /** Raised, and the round refused, when the database no longer extends what this sealer knows. */
    public static final class ChainTampered extends IllegalStateException {
        public ChainTampered(String message) {
            super(message);
        }
    }

    /** What one round did: positions sealed, and what the sealer knows after it (null while the chain is empty). */
    public record Round(int sealed, Known known) {
    }

    /** Seals up to {@link #BATCH} positions and signs a checkpoint if due; answers how many positions it sealed. */
    public int seal(Connection connection) throws SQLException {
        return seal(connection, null).sealed();
    }

    /**
     * One round, after proving that the database still extends {@code known} (null on a first start:
     * the database is taken as it is). Save the answer's {@link Round#known()} once the transaction commits.
     */
    public Round seal(Connection connection, Known known) throws SQLException {
        if (known != null) {
            checkExtends(connection, known);
        }
        int sealed = sealBatch(connection);
        checkpointIfDue(connection);
        return new Round(sealed, current(connection));
    }

    /** The head and the newest checkpoint as they stand in the database. */
    private static Known current(Connection connection) throws SQLException {
        ChainLink head = ChainSegments.head(connection);
        return head == null ? null : new Known(head.globalIndex(), head.hash(), newestCheckpoint(connection));
    }

    private static long newestCheckpoint(Connection connection) throws SQLException {
        try (var last = connection.prepareStatement("select max(checkpoint_number) from audit_checkpoint");
             var rows = last.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Proves the database extends what this sealer knows: its newest checkpoint is still there, its
     * head link is unchanged, and every link after it (sealed meanwhile, by any node) recomputes
     * from the events, each of which carries a valid code.
     */
    private void checkExtends(Connection connection, Known known) throws SQLException {
        if (newestCheckpoint(connection) < known.checkpoint()) {
            throw new ChainTampered("checkpoint " + known.checkpoint() + ", which this sealer signed, is gone from the database");
        }
        ChainLink sealedHead = ChainSegments.at(connection, List.of(known.headIndex())).get(known.headIndex());
        if (sealedHead == null || !known.headHash().equals(sealedHead.hash())) {
            throw new ChainTampered("the link this sealer made at position " + known.headIndex() + " was changed or removed");
        }
        try (var links = ChainSegments.after(connection, known.headIndex())) {
            if (!links.hasNext()) {
                return; // nothing sealed since: the usual case for a single node, and no event needs reading
            }
            checkLinksAfter(connection, known, links);
        }
    }

    /** Recomputes the links sealed after {@code known} (by another node) from the events they seal. */
    private void checkLinksAfter(Connection connection, Known known, ChainSegments.CloseableLinks links) throws SQLException {
        byte[] previous = ChainHash.bytes(known.headHash());
        long expected = known.headIndex() + 1;
        try (var events = EventStoreRows.eventsFrom(connection, expected, 0);
             var eventRows = events.executeQuery()) {
            var event = eventRows.next() ? EventStoreRows.event(eventRows) : null;
            while (links.hasNext()) {
                ChainLink link = links.next();
                long index = link.globalIndex();
                if (index != expected) {
                    throw new ChainTampered("position " + expected + " is missing from the links sealed after " + known.headIndex());
                }
                if (link.gap()) {
                    previous = ChainHash.gap(previous, index);
                } else {
                    if (event == null || event.globalIndex() != index || !link.eventIdentifier().equals(event.eventIdentifier())
                            || mac.check(event) == EventMac.Stamp.FALSE) {
                        throw new ChainTampered("the event sealed at position " + index + " after " + known.headIndex()
                                + " is not the one stored there, or not the product's");
                    }
                    previous = ChainHash.link(previous, event);
                    event = eventRows.next() ? EventStoreRows.event(eventRows) : null;
                }
                if (!java.util.Arrays.equals(previous, link.digest())) {
                    throw new ChainTampered("the link at position " + index + " does not follow from the chain this sealer knows");
                }
                expected++;
            }
        }
    }

    private int sealBatch(Connection connection) throws SQLException {
        long next;
        byte[] previous;
        ChainLink head = ChainSegments.head(connection);
        if (head != null) {
            next = head.globalIndex() + 1;
            previous = head.digest();
        } else {
            next = FIRST_POSITION; // the sequence's first value: positions before the first event are sealed too
            previous = ChainHash.GENESIS;
        }
        Instant now = clock.instant();
        boolean seenCode = head != null && codesStamped(connection, head.globalIndex());
        var links = new ArrayList<ChainLink>();
        try (var statement = EventStoreRows.eventsFrom(connection, next, BATCH);
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                var event = EventStoreRows.event(rows);
                if (event.globalIndex() > next && !settled(next, now)) {
                    break; // an earlier position may still commit: wait for it
                }
                var stamp = mac.check(event);
                if (stamp == EventMac.Stamp.ABSENT ? seenCode : stamp != EventMac.Stamp.VALID) {
                    // not written by the product: never seal it; verification names it
                    LOG.severe("The event at position " + event.globalIndex() + " (" + event.eventIdentifier()
                            + ") carries no valid authentication code; the chain stops before it. Run a verification.");
                    break;
                }
                seenCode |= stamp != EventMac.Stamp.ABSENT;
                while (next < event.globalIndex()) {
                    previous = ChainHash.gap(previous, next);
                    links.add(new ChainLink(next, null, previous));
                    next++;
                }
                previous = ChainHash.link(previous, event);
                links.add(new ChainLink(next, event.eventIdentifier(), previous));
                next++;
            }
        }
        ChainSegments.insert(connection, links, now);
        return links.size();
    }

    /**
     * Whether the newest sealed event carries an authentication code: from then on every event must.
     * Events stored before the product stamped codes (an older data folder) are sealed as they are.
     */
    private static boolean codesStamped(Connection connection, long headIndex) throws SQLException {
        try (var last = connection.prepareStatement("select metaData from DomainEventEntry where globalIndex <= ?"
                + " order by globalIndex desc limit 1")) {
            last.setLong(1, headIndex);
            try (var rows = last.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                var probe = new org.outsourcingdesk.integrity.StoredEvent(0, null, null, 0, null, null, null, null, null,
                        rows.getBytes(1));
                return EventMac.stamped(probe) != null;
            }
        }
    }

    /**
     * Whether an empty position has stayed empty for the gap timeout, by this sealer's own clock:
     * timed from when it first saw a later event committed, not from another node's timestamps.
     */
    private boolean settled(long position, Instant now) {
        Instant seen = gapsSeen.computeIfAbsent(position, p -> now);
        if (gapsSeen.size() > 10_000) {
            gapsSeen.keySet().removeIf(p -> p < position - 10_000);
        }
        return !seen.isAfter(now.minus(gapTimeout));
    }

    private void checkpointIfDue(Connection connection) throws SQLException {
        long headIndex;
        String headHash;
        long links;
        ChainLink head = ChainSegments.head(connection);
        if (head == null) {
            return;
        }
        headIndex = head.globalIndex();
        headHash = head.hash();
        links = headIndex - ChainSegments.first(connection) + 1;
        long lastNumber = 0;
        long lastUpTo = -1;
        Instant lastAt = Instant.EPOCH;
        try (var last = connection.prepareStatement(
                "select checkpoint_number, up_to_index, signed_at from audit_checkpoint order by checkpoint_number desc limit 1");
             var rows = last.executeQuery()) {
            if (rows.next()) {
                lastNumber = rows.getLong(1);
                lastUpTo = rows.getLong(2);
                lastAt = rows.getTimestamp(3).toInstant();
            }
        }
        Instant now = clock.instant();
        boolean due = headIndex > lastUpTo && (headIndex - lastUpTo >= CHECKPOINT_EVERY_LINKS
                || Duration.between(lastAt, now).compareTo(checkpointEvery) >= 0);
        if (!due) {
            return;
        }
        Checkpoint checkpoint = SigningKeys.sign(privateKey, publicKey, lastNumber + 1, headIndex, headHash,
                links, now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        try (var insert = connection.prepareStatement("insert into audit_checkpoint (checkpoint_number, up_to_index, "
                + "head_hash, links, signed_at, key_id, signature) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.number());
            insert.setLong(2, checkpoint.upToIndex());
            insert.setString(3, checkpoint.headHash());
            insert.setLong(4, checkpoint.links());
            insert.setTimestamp(5, Timestamp.from(checkpoint.signedAt()));
            insert.setString(6, checkpoint.keyId());
            insert.setString(7, checkpoint.signature());
            insert.executeUpdate();
        }
    }
}
