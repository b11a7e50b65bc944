package org.outsourcingdesk.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.util.Map;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/**
 * The event log on EclipseLink and H2 with the product's migrations. Each row carries the event's own
 * place in the store, also for an event handed over late: one that committed after a later one (a
 * gap the tracking processor fills), whose tracking token points at the later event.
 */
class EngagementHistoryProjectionTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private EntityManagerFactory factory;
    private EntityManager em;
    private EngagementHistoryProjection history;
    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("desk-history").resolve("desk");
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        factory = Persistence.createEntityManagerFactory("audit-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
        em = factory.createEntityManager();
        EntityManagerProvider provider = () -> em;
        history = new EngagementHistoryProjection(provider);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    /** A row of the event store, as Axon's JPA storage engine writes it (only what the log reads matters here). */
    private void stored(long globalIndex, String eventId, long sequence) throws Exception {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier,"
                     + " sequenceNumber, type, timeStamp, payloadType, payload) values (?, ?, ?, ?, 'Engagement', '2026-11-28T09:00:00Z',"
                     + " 'x', X'00')")) {
            insert.setLong(1, globalIndex);
            insert.setString(2, eventId);
            insert.setString(3, ENGAGEMENT.value());
            insert.setLong(4, sequence);
            insert.executeUpdate();
        }
    }

    private void handle(String eventId, long sequence, String name) throws Exception {
        var event = new EngagementOpenedEvent(ENGAGEMENT, "ENG-2026-0001", name, "Retail", "USD", "paula");
        var message = new GenericDomainEventMessage<>("Engagement", ENGAGEMENT.value(), sequence, event, java.util.Map.of(), eventId,
                java.time.Instant.parse("2026-11-28T09:00:00Z"));
        em.getTransaction().begin();
        history.on(event, message);
        em.getTransaction().commit();
        em.clear();
    }

    @Test
    void anEventThatFillsAGapKeepsItsOwnPlaceAndTheOneAfterItsToo() throws Exception {
        stored(94, "event-94", 0);
        stored(95, "event-95", 1);
        // 95 committed first and is handled first; 94 follows, with a token that says 95
        handle("event-95", 1, "Second");
        handle("event-94", 0, "First");
        // handed over again (a retry after a failure, a redelivery): nothing is written twice
        handle("event-94", 0, "First");

        var rows = history.handle(new FindEngagementHistoryQuery(ENGAGEMENT, false));
        assertThat(rows).extracting(r -> r.globalIndex()).containsExactly(94L, 95L);
        assertThat(rows).extracting(r -> r.eventId()).containsExactly("event-94", "event-95");
    }
}
