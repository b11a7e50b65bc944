package org.outsourcingdesk.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.integrity.EventMac;
import org.outsourcingdesk.integrity.StoredEvent;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The code stamped on an event holds for the row the event store writes from it, and the store writes
 * the very payload bytes the code was computed over, serialised once.
 */
class EventAuthenticationTest {

    private static final EventMac MAC = new EventMac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    record Opened(String name, int seats) {
    }

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(DeskObjectMapper.create()).build();
    private final EventAuthentication authentication = new EventAuthentication(MAC, serializer);

    private EventMessage<?> stamp(EventMessage<?> event) {
        return authentication.handle(List.of(event)).apply(0, event);
    }

    /** The row as Axon's JPA storage engine writes it, read back as the verifier sees it. */
    private StoredEvent row(EventMessage<?> stamped) {
        var domain = stamped instanceof DomainEventMessage<?> d ? d
                : new GenericDomainEventMessage<>(null, stamped.getIdentifier(), 0L, stamped, stamped::getTimestamp);
        var entry = new DomainEventEntry(domain, serializer);
        return new StoredEvent(7, entry.getEventIdentifier(), entry.getAggregateIdentifier(), entry.getSequenceNumber(),
                entry.getType(), org.axonframework.common.DateTimeUtils.formatInstant(entry.getTimestamp()), entry.getPayload().getType().getName(),
                entry.getPayload().getType().getRevision(), (byte[]) entry.getPayload().getData(),
                (byte[]) entry.getMetaData().getData());
    }

    @Test
    void anAggregatesEventIsStampedWithACodeThatHoldsForItsStoredRow() {
        var event = new GenericDomainEventMessage<>("Engagement", "engagement-1", 3, new Opened("Acme", 12),
                Map.of("actor", "paula", "roles", List.of("PROCUREMENT")));
        var stamped = stamp(event);
        assertThat(stamped).isInstanceOf(DomainEventMessage.class);
        var domain = (DomainEventMessage<?>) stamped;
        assertThat(domain.getAggregateIdentifier()).isEqualTo("engagement-1");
        assertThat(domain.getSequenceNumber()).isEqualTo(3);
        assertThat(stamped.getTimestamp()).isEqualTo(event.getTimestamp());
        assertThat(stamped.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(stamped.getMetaData()).containsEntry("actor", "paula").containsKey(EventMac.METADATA_KEY);

        var row = row(stamped);
        assertThat(MAC.check(row)).isEqualTo(EventMac.Stamp.VALID);
        assertThat(new String(row.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Acme\",\"seats\":12}");
        assertThat(stamped.serializePayload(serializer, byte[].class))
                .as("the bytes the code was computed over, not serialised again")
                .isSameAs(stamped.serializePayload(serializer, byte[].class));
    }

    @Test
    void anEventOutsideAnAggregateIsStampedToo() {
        var stamped = stamp(GenericEventMessage.asEventMessage(new Opened("Rate", 1)));
        assertThat(stamped).isNotInstanceOf(DomainEventMessage.class);
        assertThat(MAC.check(row(stamped))).isEqualTo(EventMac.Stamp.VALID);
    }

    @Test
    void changedMetadataAfterStampingBreaksTheCode() {
        var stamped = stamp(new GenericDomainEventMessage<>("Engagement", "engagement-1", 0, new Opened("Acme", 12),
                Map.of("actor", "paula")));
        var changed = stamped.andMetaData(Map.of("actor", "marc"));
        assertThat(changed.getPayload()).isEqualTo(new Opened("Acme", 12));
        assertThat(MAC.check(row(changed))).isEqualTo(EventMac.Stamp.FALSE);
    }
}
