package org.outsourcingdesk.audit.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.outsourcingdesk.integrity.StoredEvent;
import org.outsourcingdesk.platform.persistence.StreamedReads;

/**
 * Reads the event store's rows by JDBC, exactly as stored, in the global order.
 * The one place that knows the column names of Axon's {@code DomainEventEntry} (migration
 * V2026_11_27_1600).
 */
public final class EventStoreRows {

    static final String EVENT_COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, "
            + "timeStamp, payloadType, payloadRevision, payload, metaData";

    private EventStoreRows() {
    }

    static PreparedStatement eventsFrom(Connection connection, long fromIndex, int limit) throws SQLException {
        var statement = connection.prepareStatement("select " + EVENT_COLUMNS
                + " from DomainEventEntry where globalIndex >= ? order by globalIndex" + (limit > 0 ? " limit " + limit : ""));
        statement.setLong(1, fromIndex);
        return StreamedReads.binary(statement, 1000);
    }

    /**
     * The aggregate of each event of the given aggregates, in the global order: how the events of
     * several streams interleaved when they were stored.
     */
    public static java.util.List<String> aggregatesInOrder(Connection connection, java.util.List<String> aggregateIds)
            throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(aggregateIds.size(), "?"));
        try (var statement = connection.prepareStatement("select aggregateIdentifier from DomainEventEntry"
                + " where aggregateIdentifier in (" + marks + ") order by globalIndex")) {
            for (int i = 0; i < aggregateIds.size(); i++) {
                statement.setString(i + 1, aggregateIds.get(i));
            }
            statement.setFetchSize(1000);
            var order = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    order.add(rows.getString(1));
                }
            }
            return order;
        }
    }

    static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
