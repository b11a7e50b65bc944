package org.outsourcingdesk.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * Settings for a statement that streams a large result once, row by row: the event store read in
 * full by verification and export. On PostgreSQL the driver sends a one-off query's rows as text,
 * binary columns as hex, which doubles their bytes on the wire and costs the reading thread most of
 * its time turning hex back into bytes; asked to, it sends them in binary instead (one extra round
 * trip to describe the query first). On H2 nothing changes.
 */
public final class StreamedReads {

    private StreamedReads() {
    }

    /** Rows in binary where the driver can send them so, fetched {@code fetchSize} at a time. */
    public static PreparedStatement binary(PreparedStatement statement, int fetchSize) throws SQLException {
        statement.setFetchSize(fetchSize);
        if (statement.isWrapperFor(PGStatement.class)) {
            // a negative threshold: prepared on the server at once, and its results in binary (PgStatement)
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
        return statement;
    }
}
