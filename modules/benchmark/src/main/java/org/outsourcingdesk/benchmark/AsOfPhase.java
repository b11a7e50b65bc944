package org.outsourcingdesk.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.event.QualitativeFactorsRecordedEvent;
import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.Rating;
import org.outsourcingdesk.audit.application.AsOf;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.AuditMetadata;

/**
 * (e) The auditors' "as of" of one engagement with 10,000 events: the product's AsOf (read through
 * the event store, deserialised and upcast, folded with the live views' functions) against loading
 * the same rows by raw JDBC. Target: p95 within 3x.
 */
final class AsOfPhase {

    static final int EVENTS = 10_000;
    static final int RUNS = 30;

    private final ScratchDatabase database;
    private final DeskAxon axon;

    AsOfPhase(ScratchDatabase database, DeskAxon axon) {
        this.database = database;
        this.axon = axon;
    }

    Result run() throws SQLException {
        var id = EngagementId.generate();
        appendEngagement(id);
        var asOf = new AsOf(axon.eventStore(), database.dataSource());
        double[] raw = new double[RUNS];
        double[] folded = new double[RUNS];
        for (int warm = 0; warm < 5; warm++) {
            rawLoad(id);
            asOf.afterEvent(id, Long.MAX_VALUE);
        }
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            long rows = rawLoad(id);
            raw[i] = (System.nanoTime() - started) / 1e6;
            if (rows != EVENTS) {
                throw new IllegalStateException("expected " + EVENTS + " rows, read " + rows);
            }
            started = System.nanoTime();
            var view = asOf.afterEvent(id, Long.MAX_VALUE);
            folded[i] = (System.nanoTime() - started) / 1e6;
            if (view.eventsApplied() != EVENTS) {
                throw new IllegalStateException("the fold applied " + view.eventsApplied() + " events");
            }
        }
        return new Result(EVENTS, p(raw, 0.5), p(raw, 0.95), p(folded, 0.5), p(folded, 0.95));
    }

    private void appendEngagement(EngagementId id) {
        MetaData meta = MetaData.with(AuditMetadata.ACTOR, "benchmark").and(AuditMetadata.ROLES, List.of("PROCUREMENT"));
        var batch = new ArrayList<DomainEventMessage<?>>();
        batch.add(new GenericDomainEventMessage<>("Engagement", id.value(), 0L, new EngagementOpenedEvent(id,
                "ENG-2026-9999", "As-of benchmark", "Benchmarks", "USD", "benchmark"),
                meta.and(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString())));
        for (long sequence = 1; sequence < EVENTS; sequence++) {
            var rating = Rating.values()[(int) (sequence % 3)];
            var factors = new QualitativeFactors(List.of(new FactorRating(Factor.COMPLEXITY, rating, "revision " + sequence),
                    new FactorRating(Factor.CUSTOMER_NEEDS, Rating.HIGH, null)));
            batch.add(new GenericDomainEventMessage<>("Engagement", id.value(), sequence,
                    new QualitativeFactorsRecordedEvent(id, factors, "benchmark"),
                    meta.and(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString())));
            if (batch.size() == 1_000) {
                var chunk = List.copyOf(batch);
                axon.transactions().executeInTransaction(() -> axon.eventStore().publish(chunk));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            var chunk = List.copyOf(batch);
            axon.transactions().executeInTransaction(() -> axon.eventStore().publish(chunk));
        }
    }

    /** Every column of the engagement's rows, in order, by plain JDBC. */
    private long rawLoad(EngagementId id) throws SQLException {
        try (var connection = database.connect();
             var query = connection.prepareStatement("SELECT globalIndex, eventIdentifier, aggregateIdentifier,"
                     + " sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData"
                     + " FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            query.setString(1, id.value());
            long rows = 0;
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    result.getBytes(9);
                    result.getBytes(10);
                    rows++;
                }
            }
            return rows;
        }
    }

    private static double p(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * quantile) - 1)];
    }

    record Result(int events, double rawP50, double rawP95, double asOfP50, double asOfP95) {
        double ratio() {
            return asOfP95 / rawP95;
        }
    }

}
