package org.outsourcingdesk.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Two writers appending the same event number of the same aggregate: the event store's unique key
 * refuses the second, and with the SQL-state resolver the platform registers, the refusal is a
 * {@link ConcurrencyException} (or, for an aggregate's first event, an
 * {@link AggregateStreamCreationException}; both HTTP 409), not a generic storage error (HTTP 500). Real EclipseLink,
 * real migrations, H2.
 */
class EventStoreConflictTest {

    private EntityManagerFactory factory;
    private EntityManager entityManager;

    @BeforeEach
    void migrateAndConnect() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("desk-conflict").resolve("desk");
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        factory = Persistence.createEntityManagerFactory("platform-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
        entityManager = factory.createEntityManager();
    }

    @AfterEach
    void close() {
        entityManager.close();
        factory.close();
    }

    @Test
    void aSecondAppendOfTheSameEventNumberIsAConcurrencyConflict() {
        var engine = engine(new SQLStateResolver());
        engine.appendEvents(List.of(event("agg-1", 0), event("agg-1", 1)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("agg-1", 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("agg-1").asStream()).hasSize(2);
    }

    @Test
    void creatingAnAggregateWhoseIdIsTakenIsRecognisedToo() {
        var engine = engine(new SQLStateResolver());
        engine.appendEvents(List.of(event("agg-3", 0)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("agg-3", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void withoutTheResolverTheSameConflictIsOnlyAStorageError() {
        var engine = engine(null);
        engine.appendEvents(List.of(event("agg-2", 0)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("agg-2", 0))))
                .isInstanceOf(EventStoreException.class)
                .isNotInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);
    }

    private JpaEventStorageEngine engine(PersistenceExceptionResolver resolver) {
        var serializer = JacksonSerializer.builder().objectMapper(DeskObjectMapper.create()).build();
        return JpaEventStorageEngine.builder()
                .entityManagerProvider(() -> entityManager)
                .transactionManager(new LocalTransactions())
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(resolver)
                .build();
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Thing", aggregate, sequence, "payload-" + sequence);
    }

    /** Each append in its own resource-local transaction, as the container's JTA would. */
    private final class LocalTransactions implements TransactionManager {
        @Override
        public Transaction startTransaction() {
            var tx = entityManager.getTransaction();
            tx.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        entityManager.flush();
                        tx.commit();
                    } finally {
                        entityManager.clear();
                    }
                }

                @Override
                public void rollback() {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    entityManager.clear();
                }
            };
        }
    }
}
