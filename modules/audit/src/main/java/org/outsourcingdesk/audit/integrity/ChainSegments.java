package org.outsourcingdesk.audit.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.outsourcingdesk.integrity.ChainLink;
import org.outsourcingdesk.platform.persistence.StreamedReads;

/**
 * The chain as stored (migration V2026_11_27_1900): one row per sealed batch, holding the event
 * sealed at each of its positions and each link's hash. The one place that knows that layout; the
 * rest of the product sees {@link ChainLink}s, one per position.
 * <p>
 * Rows are read defensively: a row whose columns disagree on the number of positions (someone edited
 * it) still yields one link per position, and a link whose hash is missing matches nothing, so that
 * verification names it instead of failing.
 */
final class ChainSegments {

    private static final int HASH = 32;

    private ChainSegments() {
    }

    /** The newest link, or null while the chain is empty. */
    static ChainLink head(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select first_index, last_index, event_ids, link_hashes"
                + " from audit_chain_segment order by last_index desc limit 1");
             var rows = statement.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            var links = links(rows);
            return links.isEmpty() ? null : links.get(links.size() - 1);
        }
    }

    /** The chain's first position, or null while it is empty. */
    static Long first(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select min(first_index) from audit_chain_segment");
             var rows = statement.executeQuery()) {
            rows.next();
            long first = rows.getLong(1);
            return rows.wasNull() ? null : first;
        }
    }

    /** Every link after {@code index} (exclusive), or every link when it is null, in the global order. */
    static CloseableLinks after(Connection connection, Long index) throws SQLException {
        var statement = connection.prepareStatement("select first_index, last_index, event_ids, link_hashes"
                + " from audit_chain_segment where last_index > ? order by first_index");
        statement.setLong(1, index == null ? Long.MIN_VALUE : index);
        StreamedReads.binary(statement, 20);
        return new CloseableLinks(statement.executeQuery(), index == null ? Long.MIN_VALUE : index);
    }

    /** The links at these positions, among those between the lowest and the highest. */
    static java.util.Map<Long, ChainLink> at(Connection connection, java.util.Collection<Long> positions) throws SQLException {
        var found = new java.util.HashMap<Long, ChainLink>();
        if (positions.isEmpty()) {
            return found;
        }
        var wanted = new java.util.HashSet<>(positions);
        try (var statement = connection.prepareStatement("select first_index, last_index, event_ids, link_hashes"
                + " from audit_chain_segment where last_index >= ? and first_index <= ? order by first_index")) {
            statement.setLong(1, java.util.Collections.min(positions));
            statement.setLong(2, java.util.Collections.max(positions));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (ChainLink link : links(rows)) {
                        if (wanted.contains(link.globalIndex())) {
                            found.put(link.globalIndex(), link);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Stores a sealed batch: consecutive links, the first at {@code links.get(0).globalIndex()}. */
    static void insert(Connection connection, List<ChainLink> links, Instant sealedAt) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        var ids = new ByteArrayOutputStream(links.size() * 37);
        byte[] hashes = new byte[links.size() * HASH];
        long expected = links.get(0).globalIndex();
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            if (link.globalIndex() != expected++ || link.digest().length != HASH) {
                throw new IllegalArgumentException("a sealed batch holds consecutive positions, each with a 32-byte hash");
            }
            if (i > 0) {
                ids.write('\n');
            }
            if (!link.gap()) {
                if (link.eventIdentifier().isEmpty() || link.eventIdentifier().indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("event identifier '" + link.eventIdentifier() + "' cannot be sealed");
                }
                ids.writeBytes(link.eventIdentifier().getBytes(StandardCharsets.UTF_8));
            }
            System.arraycopy(link.digest(), 0, hashes, i * HASH, HASH);
        }
        try (var insert = connection.prepareStatement("insert into audit_chain_segment"
                + " (first_index, last_index, event_ids, link_hashes, sealed_at) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, links.get(0).globalIndex());
            insert.setLong(2, expected - 1);
            insert.setBytes(3, ids.toByteArray());
            insert.setBytes(4, hashes);
            insert.setTimestamp(5, Timestamp.from(sealedAt));
            insert.executeUpdate();
        }
    }

    /** The links of the row the result set stands on, one per position of its range. */
    static List<ChainLink> links(ResultSet row) throws SQLException {
        return raw(row).links();
    }

    /** A row as stored, not decoded yet: decoding can then happen on another thread than reading. */
    record Raw(long first, long last, byte[] ids, byte[] hashes) {
        List<ChainLink> links() {
            return decode(first, last, ids, hashes);
        }
    }

    static Raw raw(ResultSet row) throws SQLException {
        return new Raw(row.getLong(1), row.getLong(2), row.getBytes(3), row.getBytes(4));
    }

    /** Every row from the first, in the global order, as stored. */
    static java.sql.PreparedStatement all(Connection connection) throws SQLException {
        var statement = connection.prepareStatement("select first_index, last_index, event_ids, link_hashes"
                + " from audit_chain_segment order by first_index");
        return StreamedReads.binary(statement, 20);
    }

    private static List<ChainLink> decode(long first, long last, byte[] ids, byte[] hashes) {
        int count = (int) Math.max(0, Math.min(last - first + 1, 1_000_000));
        var links = new java.util.ArrayList<ChainLink>(count);
        int start = 0;
        for (int i = 0; i < count; i++) {
            String id = null;
            if (ids != null && start <= ids.length) {
                int end = start;
                while (end < ids.length && ids[end] != '\n') {
                    end++;
                }
                if (end > start) {
                    id = new String(ids, start, end - start, StandardCharsets.UTF_8);
                }
                start = end + 1;
            }
            byte[] digest = hashes != null && (i + 1) * HASH <= hashes.length
                    ? Arrays.copyOfRange(hashes, i * HASH, (i + 1) * HASH) : new byte[0];
            links.add(new ChainLink(first + i, id, digest));
        }
        return links;
    }

    /** Links one at a time from a cursor over the rows, without holding more than one row's. */
    static final class CloseableLinks implements Iterator<ChainLink>, AutoCloseable {
        private final ResultSet rows;
        private final long after;
        private Iterator<ChainLink> current = java.util.Collections.emptyIterator();
        private ChainLink next;

        private CloseableLinks(ResultSet rows, long after) {
            this.rows = rows;
            this.after = after;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (current.hasNext()) {
                        ChainLink candidate = current.next();
                        if (candidate.globalIndex() > after) {
                            next = candidate;
                        }
                    } else if (rows.next()) {
                        current = links(rows).iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("reading the chain failed: " + e.getMessage(), e);
            }
        }

        @Override
        public ChainLink next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ChainLink answer = next;
            next = null;
            return answer;
        }

        @Override
        public void close() throws SQLException {
            var statement = rows.getStatement();
            rows.close();
            statement.close();
        }
    }
}
