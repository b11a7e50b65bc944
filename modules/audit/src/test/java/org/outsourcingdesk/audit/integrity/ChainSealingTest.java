package org.outsourcingdesk.audit.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.integrity.EventMac;
import org.outsourcingdesk.integrity.SigningKeys;
import org.outsourcingdesk.integrity.Verification;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/**
 * The sealer and the online verification on the product's schema (H2, its migrations): sealed
 * batches stored one row each, every link still checked and named on its own, empty positions and
 * late commits, and a sealer that refuses a database that no longer extends what it sealed.
 */
class ChainSealingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventMac MAC = new EventMac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final KeyPair KEYS = SigningKeys.generate();

    private JdbcDataSource dataSource;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

    @BeforeEach
    void migrate() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Files.createTempDirectory("desk-chain").resolve("desk"));
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
    }

    private ChainSealing sealing() {
        return new ChainSealing(MAC, KEYS.getPrivate(), KEYS.getPublic(), Duration.ofSeconds(60), Duration.ofSeconds(30), clock);
    }

    @Test
    void aSealedStoreVerifiesWithEveryPositionAndOneRowPerBatch() throws Exception {
        for (long i = 1; i <= 7; i++) {
            if (i != 4) {
                store(i, true);
            }
        }
        var sealing = sealing();
        assertThat(round(sealing)).as("position 4 may still commit: sealed up to 3").isEqualTo(3);
        clock.advance(Duration.ofSeconds(61));
        assertThat(round(sealing)).as("4 stayed empty past the timeout: sealed as empty, with 5 to 7").isEqualTo(4);
        store(8, true);
        assertThat(round(sealing)).isEqualTo(1);

        assertThat(count("select count(*) from audit_chain_segment")).as("one row per sealed batch").isEqualTo(3);
        var result = verify();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.eventsVerified()).isEqualTo(7);
        assertThat(result.gapsVerified()).isEqualTo(1);
        assertThat(result.intactUpToCheckpoint()).as("a first checkpoint is signed at once").isNotNull();
    }

    @Test
    void aLowerPositionCommittingLateAtTheChainsStartIsWaitedFor() throws Exception {
        store(2, true);
        store(3, true);
        var sealing = sealing();
        assertThat(round(sealing)).as("position 1, the sequence's first, has not committed yet").isZero();
        clock.advance(Duration.ofSeconds(30));
        store(1, true); // commits late, within the timeout
        assertThat(round(sealing)).isEqualTo(3);
        var result = verify();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.eventsVerified()).isEqualTo(3);
        assertThat(result.gapsVerified()).isZero();
    }

    @Test
    void aPositionSealedAsEmptyThatLaterHoldsAnEventIsNamed() throws Exception {
        store(2, true);
        var sealing = sealing();
        round(sealing);
        clock.advance(Duration.ofSeconds(61));
        assertThat(round(sealing)).as("1 sealed as empty, then 2").isEqualTo(2);
        store(1, true); // an event where the chain sealed an empty position
        var result = verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(1);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.INSERTED);
    }

    @Test
    void eachLinkInsideABatchIsCheckedOnItsOwn() throws Exception {
        for (long i = 1; i <= 6; i++) {
            store(i, true);
        }
        round(sealing());
        assertThat(count("select count(*) from audit_chain_segment")).isEqualTo(1);

        byte[] hashes = bytes("select link_hashes from audit_chain_segment");
        byte[] changed = hashes.clone();
        changed[3 * 32 + 5] ^= 1; // the link of position 4
        update("update audit_chain_segment set link_hashes = ?", changed);
        assertThat(verify().firstBreak()).extracting(Verification.Break::globalIndex, Verification.Break::kind)
                .containsExactly(4L, Verification.Kind.CHANGED);

        update("update audit_chain_segment set link_hashes = ?", java.util.Arrays.copyOf(hashes, 32 * 4));
        assertThat(verify().firstBreak()).as("hashes cut short after position 4").extracting(
                Verification.Break::globalIndex, Verification.Break::kind).containsExactly(5L, Verification.Kind.CHANGED);
        update("update audit_chain_segment set link_hashes = ?", hashes);

        byte[] ids = bytes("select event_ids from audit_chain_segment");
        update("update audit_chain_segment set event_ids = ?",
                new String(ids, StandardCharsets.UTF_8).replace("event-2", "event-9").getBytes(StandardCharsets.UTF_8));
        assertThat(verify().firstBreak()).extracting(Verification.Break::globalIndex, Verification.Break::kind)
                .containsExactly(2L, Verification.Kind.REPLACED);
        update("update audit_chain_segment set event_ids = ?", ids);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void deletedEventsAreNamedInTheMiddleAndAtTheEnd() throws Exception {
        for (long i = 1; i <= 6; i++) {
            store(i, true);
        }
        round(sealing());
        update("delete from DomainEventEntry where globalIndex >= ?", 5);
        assertThat(verify().firstBreak()).as("the last two gone").extracting(Verification.Break::globalIndex,
                Verification.Break::kind).containsExactly(5L, Verification.Kind.DELETED);
        update("delete from DomainEventEntry where globalIndex = ?", 2);
        assertThat(verify().firstBreak()).extracting(Verification.Break::globalIndex, Verification.Break::kind)
                .containsExactly(2L, Verification.Kind.DELETED);
        update("delete from DomainEventEntry where globalIndex >= ?", 0);
        assertThat(verify().firstBreak()).as("every event gone").extracting(Verification.Break::globalIndex,
                Verification.Break::kind).containsExactly(1L, Verification.Kind.DELETED);
    }

    @Test
    void anEventWithoutTheProductsCodeIsNeverSealedAndIsNamed() throws Exception {
        store(1, true);
        store(2, false); // written straight into the database: no code
        store(3, true);
        assertThat(round(sealing())).as("the chain stops before the forgery").isEqualTo(1);
        var result = verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(2);
        assertThat(result.firstBreak().detail()).contains("authentication code");
    }

    @Test
    void aSealerRefusesADatabaseThatNoLongerExtendsWhatItSealed() throws Exception {
        for (long i = 1; i <= 3; i++) {
            store(i, true);
        }
        var sealing = sealing();
        ChainSealing.Known known;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            known = sealing.seal(connection, null).known();
            connection.commit();
        }
        assertThat(known.headIndex()).isEqualTo(3);
        byte[] hashes = bytes("select link_hashes from audit_chain_segment");
        byte[] changed = hashes.clone();
        changed[changed.length - 1] ^= 1;
        update("update audit_chain_segment set link_hashes = ?", changed);
        store(4, true);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> sealing.seal(connection, known)).isInstanceOf(ChainSealing.ChainTampered.class)
                    .hasMessageContaining("position 3");
            connection.rollback();
        }
        update("update audit_chain_segment set link_hashes = ?", hashes);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertThat(sealing.seal(connection, known).sealed()).isEqualTo(1);
            connection.commit();
        }
    }

    private int round(ChainSealing sealing) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int sealed = sealing.seal(connection);
            connection.commit();
            return sealed;
        }
    }

    private Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return IntegrityService.verify(connection, List.of(KEYS.getPublic()), MAC, n -> { },
                        task -> Thread.ofPlatform().daemon().start(task));
            } finally {
                connection.rollback();
            }
        }
    }

    /** An event row as the store writes it, with the product's code in its metadata or without one. */
    private void store(long index, boolean stamped) throws Exception {
        String id = "event-" + index;
        byte[] payload = ("{\"n\":" + index + "}").getBytes(StandardCharsets.UTF_8);
        String time = "2026-11-27T10:00:0" + (index % 10) + ".000Z";
        var meta = JSON.createObjectNode().put("actor", "paula");
        if (stamped) {
            meta.put(EventMac.METADATA_KEY, MAC.code(id, "engagement-1", index, "Engagement", time, "x.Happened", "1", payload, meta));
        }
        try (Connection connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into DomainEventEntry (globalIndex, eventIdentifier,"
                     + " aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData)"
                     + " values (?, ?, 'engagement-1', ?, 'Engagement', ?, 'x.Happened', '1', ?, ?)")) {
            insert.setLong(1, index);
            insert.setString(2, id);
            insert.setLong(3, index);
            insert.setString(4, time);
            insert.setBytes(5, payload);
            insert.setBytes(6, JSON.writeValueAsBytes(meta));
            insert.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private byte[] bytes(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBytes(1);
        }
    }

    private void update(String sql, byte[] value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setBytes(1, value);
            statement.executeUpdate();
        }
    }

    private void update(String sql, long value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            statement.executeUpdate();
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
