package org.outsourcingdesk.benchmark;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.AuditMetadata;

/**
 * Engagements as the product opens them, for every phase: the same command, event, metadata and
 * JSON sizes, so that raw rows, commands and replayed events weigh the same. References are unique
 * across the whole run (the assessment_engagement table has a unique key on them).
 */
final class SampleEngagements {

    static final String ACTOR = "bench";
    static final List<String> ROLES = List.of("PROCUREMENT");
    /** Axon's aggregate type for {@code Engagement}: the simple class name. */
    static final String AGGREGATE_TYPE = "Engagement";

    private final AtomicLong numbers = new AtomicLong();
    private final int year = Year.now(ZoneOffset.UTC).getValue();

    /**
     * An open-engagement command carrying its origin, as the REST layer's security context would stamp
     * it; the dispatch interceptor keeps metadata that is already there.
     */
    CommandMessage<?> openCommand() {
        long number = numbers.incrementAndGet();
        var command = new OpenEngagementCommand(EngagementId.generate(), reference(number),
                "Benchmark engagement " + number, "Customer Care Europe", "EUR", ACTOR);
        return GenericCommandMessage.asCommandMessage(command).withMetaData(originMetaData());
    }

    /** The event the engagement aggregate would apply, for appending straight to the event store. */
    DomainEventMessage<EngagementOpenedEvent> openedEvent() {
        long number = numbers.incrementAndGet();
        var id = EngagementId.generate();
        var event = new EngagementOpenedEvent(id, reference(number), "Benchmark engagement " + number,
                "Customer Care Europe", "EUR", ACTOR);
        String causation = UUID.randomUUID().toString();
        var metaData = originMetaData()
                .and(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString())
                .and(AuditMetadata.CAUSATION_ID, causation);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.value(), 0L, event, metaData);
    }

    /** Payload and metadata of one stored event as the JSON serializer writes them, for raw rows. */
    RawEventShape rawShape(Serializer serializer) {
        var event = openedEvent();
        var payload = serializer.serialize(event.getPayload(), byte[].class);
        return new RawEventShape(payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                serializer.serialize(event.getMetaData(), byte[].class).getData());
    }

    private static MetaData originMetaData() {
        return MetaData.with(AuditMetadata.ACTOR, ACTOR).and(AuditMetadata.ROLES, ROLES);
    }

    private String reference(long number) {
        return "ENG-%d-%06d".formatted(year, number);
    }

    /** The columns of a stored EngagementOpenedEvent that do not change from row to row. */
    record RawEventShape(String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
    }
}
