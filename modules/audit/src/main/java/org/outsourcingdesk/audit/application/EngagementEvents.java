package org.outsourcingdesk.audit.application;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.AuditMetadata;

/**
 * An engagement's history read from the event store itself, not from the read tables (which the chain
 * does not protect): the events of every stream it spans ({@link EngagementStreams}), in the order they
 * were stored and numbered from 1 as the history numbers them, each with its actor and roles from its
 * metadata. The dossier and the history's notes both read it here.
 */
final class EngagementEvents {

    /** Each event's position in the whole store, by event id, for the streams named. */
    @FunctionalInterface
    interface Positions {
        /** None known: every event at -1. */
        Positions NONE = streams -> Map.of();

        Map<String, Long> of(List<String> streams) throws SQLException;
    }

    private EngagementEvents() {
    }

    static List<Event> read(EventStore events, DataSource dataSource, EngagementId id, Positions positions) throws SQLException {
        var streams = EngagementStreams.read(events, id);
        var messages = new ArrayList<DomainEventMessage<?>>();
        streams.inStoredOrder(events, dataSource).forEachRemaining(messages::add);
        // read after the events: every event read has its position
        Map<String, Long> at = positions.of(messages.stream().map(DomainEventMessage::getAggregateIdentifier).distinct().toList());
        var history = new ArrayList<Event>(messages.size());
        long sequence = 0;
        for (var message : messages) {
            sequence++;
            var meta = message.getMetaData();
            Object actor = meta.get(AuditMetadata.ACTOR);
            Object roles = meta.get(AuditMetadata.ROLES);
            history.add(new Event(sequence, at.getOrDefault(message.getIdentifier(), -1L), message.getIdentifier(),
                    message.getAggregateIdentifier(), streams.stageOf(message.getAggregateIdentifier()), message.getTimestamp(),
                    actor == null ? null : actor.toString(),
                    roles instanceof Collection<?> many ? many.stream().map(String::valueOf).toList() : List.of(),
                    message.getPayload()));
        }
        return history;
    }
}
