package org.outsourcingdesk.benchmark;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * (c) How fast a read model is rebuilt: the engagement list's real tracking processor, started on
 * an empty token store so that it begins at the tail, runs until its token reaches the head of the
 * event store. Its yardstick is the cheapest way to read the same rows, a sequential JDBC scan.
 */
final class ReplayPhase {

    /** Events appended per transaction when topping up; small enough to stay far below the gap timeout. */
    static final int TOP_UP_BATCH = 1_000;

    private final ScratchDatabase database;
    private final DeskAxon axon;
    private final BenchmarkSettings settings;
    private final SampleEngagements samples;

    ReplayPhase(ScratchDatabase database, DeskAxon axon, BenchmarkSettings settings, SampleEngagements samples) {
        this.database = database;
        this.axon = axon;
        this.settings = settings;
        this.samples = samples;
    }

    record TopUp(long before, long appended, Duration took) {
    }

    record RawRead(long rows, long bytes, Duration took) {
        double perSecond() {
            return rows / seconds(took);
        }
    }

    record Replay(long events, long headIndex, long projectedRows, Duration took, int batchSize, CpuMeter.Usage cpu) {
        double perSecond() {
            return events / seconds(took);
        }
    }

    /** Brings the event store to at least {@code desk.bench.replayEvents} events through the event store itself. */
    TopUp topUp() throws SQLException {
        long before = count("DomainEventEntry");
        long missing = Math.max(0, settings.replayEvents() - before);
        var eventStore = axon.eventStore();
        long started = System.nanoTime();
        // A long top-up says how far it is, about four times; a short one stays silent.
        long reportEvery = Math.max(10L * TOP_UP_BATCH, missing / 4 / TOP_UP_BATCH * TOP_UP_BATCH);
        for (long appended = 0; appended < missing; appended += TOP_UP_BATCH) {
            if (appended > 0 && appended % reportEvery == 0) {
                System.out.printf(Locale.ROOT, "  ... topping up the event store: %,d of %,d events appended%n",
                        appended, missing);
            }
            int size = (int) Math.min(TOP_UP_BATCH, missing - appended);
            List<DomainEventMessage<?>> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(samples.openedEvent());
            }
            axon.transactions().executeInTransaction(() -> eventStore.publish(batch));
        }
        return new TopUp(before, missing, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Every column of every event row, in global index order, through a server-side cursor of 1,000
     * rows: what any reader of the event store must at least pay. One untimed pass first, so that the
     * timed pass and the replay after it find the same warm caches.
     */
    RawRead rawRead() throws SQLException {
        scan(false);
        return timedRawRead(false);
    }

    /**
     * One timed pass of the raw read, caches as the caller left them; {@code binary}: the rows sent in
     * binary, as verification reads them (StreamedReads), rather than as text, as Axon's event store
     * and the replay read them. Held against a reader, the raw read must read as that reader does.
     */
    RawRead timedRawRead(boolean binary) throws SQLException {
        long started = System.nanoTime();
        long[] rowsAndBytes = scan(binary);
        return new RawRead(rowsAndBytes[0], rowsAndBytes[1], Duration.ofNanos(System.nanoTime() - started));
    }

    /** Reads every column of every row, as a reader would; answers the row count and the bytes of text and JSON. */
    private long[] scan(boolean binary) throws SQLException {
        try (var connection = database.connect()) {
            connection.setAutoCommit(false); // the driver streams with a cursor only inside a transaction
            try (var query = connection.prepareStatement("SELECT globalIndex, eventIdentifier, aggregateIdentifier,"
                    + " sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData"
                    + " FROM DomainEventEntry ORDER BY globalIndex")) {
                if (binary) {
                    org.outsourcingdesk.platform.persistence.StreamedReads.binary(query, 1_000);
                } else {
                    query.setFetchSize(1_000);
                }
                long rows = 0;
                long bytes = 0;
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        result.getLong(1);
                        bytes += length(result.getString(2)) + length(result.getString(3));
                        result.getLong(4);
                        bytes += length(result.getString(5)) + length(result.getString(6))
                                + length(result.getString(7)) + length(result.getString(8));
                        bytes += length(result.getBytes(9)) + length(result.getBytes(10));
                        rows++;
                    }
                }
                connection.commit();
                return new long[] {rows, bytes};
            }
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static int length(byte[] data) {
        return data == null ? 0 : data.length;
    }

    /** Starts the processor and waits until its token has passed the last event's global index. */
    Replay replay() throws SQLException, InterruptedException {
        long events = count("DomainEventEntry");
        long head = headIndex();
        TrackingEventProcessor processor = axon.engagementListProcessor();
        if (processor.isRunning()) {
            throw new IllegalStateException("the processor is already running; the replay must start it");
        }
        // Generous: a processor far slower than this is broken, not slow.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120 + events / 200);
        var cpuBefore = CpuMeter.read();
        long started = System.nanoTime();
        processor.start();
        try {
            while (position(processor) < head) {
                if (processor.isError()) {
                    throw new IllegalStateException("the " + DeskAxon.PROCESSOR + " processor failed; see its log above");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the replay did not reach index " + head + " in time; it is at "
                            + position(processor));
                }
                Thread.sleep(2);
            }
            var took = Duration.ofNanos(System.nanoTime() - started);
            var cpu = CpuMeter.between(cpuBefore, CpuMeter.read(), events);
            return new Replay(events, head, count("assessment_engagement"), took, axon.settings().processorBatchSize(), cpu);
        } finally {
            processor.shutDown();
        }
    }

    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min().orElse(-1);
    }

    private long headIndex() throws SQLException {
        return single("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry");
    }

    private long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table);
    }

    private long single(String sql) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
