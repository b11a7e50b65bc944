package org.outsourcingdesk.benchmark;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * (a) The physical limit: single-row INSERTs of event-shaped rows over plain JDBC, autocommit, one
 * row per transaction, so every row pays one commit (one WAL flush with synchronous_commit on). The
 * table copies DomainEventEntry's columns, keys and sequence-drawn index, but draws the index in the
 * INSERT itself, which is the least the database can do per row.
 */
final class RawInsertPhase {

    static final String TABLE = "bench_raw_event";

    private final ScratchDatabase database;
    private final BenchmarkSettings settings;
    private final SampleEngagements.RawEventShape shape;

    RawInsertPhase(ScratchDatabase database, BenchmarkSettings settings, SampleEngagements.RawEventShape shape) {
        this.database = database;
        this.settings = settings;
        this.shape = shape;
    }

    List<LoadResult> run() throws SQLException, InterruptedException {
        createTable();
        try {
            ClosedLoopLoad.warmUp(settings.targetClients(), settings.phaseWarmup(), index -> insertClient());
            var results = new ArrayList<LoadResult>();
            for (int clients : settings.clients()) {
                results.add(ClosedLoopLoad.run(clients, settings.warmup(), settings.measurement(), index -> insertClient()));
            }
            return results;
        } finally {
            // Free the buffer cache for the phases that follow; the rows have served their purpose.
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + TABLE);
                statement.execute("DROP SEQUENCE " + TABLE + "_global_index_seq");
            }
        }
    }

    private void createTable() throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE " + TABLE + "_global_index_seq START WITH 1 INCREMENT BY 1");
            // exactly the event store's shape, as the product's migrations made it, and so always in step with it
            statement.execute("CREATE TABLE " + TABLE + " (LIKE DomainEventEntry INCLUDING ALL)");
            statement.execute("ALTER TABLE " + TABLE + " ALTER COLUMN globalIndex SET DEFAULT nextval('"
                    + TABLE + "_global_index_seq')");
        }
    }

    private ClosedLoopLoad.Client insertClient() throws SQLException {
        var connection = database.connect();
        connection.setAutoCommit(true);
        var insert = connection.prepareStatement("INSERT INTO " + TABLE + " (eventIdentifier, aggregateIdentifier,"
                + " sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData)"
                + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
        return new ClosedLoopLoad.Client() {
            @Override
            public void call() throws SQLException {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, SampleEngagements.AGGREGATE_TYPE);
                insert.setString(4, Instant.now().toString());
                insert.setString(5, shape.payloadType());
                insert.setString(6, shape.payloadRevision());
                insert.setBytes(7, shape.payload());
                insert.setBytes(8, shape.metaData());
                insert.executeUpdate();
            }

            @Override
            public void close() throws SQLException {
                try (connection; insert) {
                    // closes both, statement first
                }
            }
        };
    }
}
