package org.outsourcingdesk.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.integrity.SigningKeys;

/**
 * The engagement flow on PostgreSQL, as in production (the machine's server in CI, an embedded one
 * elsewhere); and, on the same database, tampering with the stored events behind the product's back,
 * each kind named by the verification in the API and by the offline verification of an export.
 */
class EngagementOnPostgresIT extends EngagementFlowContract {

    private static Map<String, String> database;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        database = TestDatabases.freshPostgres();
        return Deployments.productWith(database);
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(database.get("desk.db.url"), database.get("desk.db.user"),
                database.get("desk.db.password"));
    }

    @Test
    void tamperingWithStoredEventsIsNamedByVerificationOnlineAndOffline() throws Exception {
        var paula = Api.as(base(), "paula");
        var audrey = Api.as(base(), "audrey");
        paula.post("api/v1/engagements", "{\"name\":\"Tamper target\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        long gap;
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select nextval('domain_event_global_index_seq')")) {
            rows.next();
            gap = rows.getLong(1); // a position handed out and never used, as by a transaction that rolled back
        }
        paula.post("api/v1/engagements", "{\"name\":\"After the gap\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        long head;
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select max(globalIndex) from DomainEventEntry")) {
            rows.next();
            head = rows.getLong(1);
        }

        // the sealer seals everything, the gap included, and signs a checkpoint
        JsonNode intact = awaitVerification(audrey, v -> v.get("intact").asBoolean() && v.get("unsealedEvents").asLong() == 0
                && !v.get("intactUpToCheckpoint").isNull(), head);
        assertThat(intact.get("summary").asText()).contains("events verified, chain intact up to checkpoint");
        assertThat(audrey.post("api/v1/audit/verifications", "", null).status()).isEqualTo(202);
        assertThat(paula.post("api/v1/audit/verifications", "", null).status()).as("analysts do not verify").isEqualTo(403);
        var key = audrey.get("api/v1/audit/public-key").json();
        assertThat(key.get("keyId").asText()).isEqualTo(SigningKeys.keyId(Deployments.SIGNING_KEYS.getPublic()));
        var command = offlineCommand(audrey);
        assertThat(command.getKey()).as(command.getValue()).isZero();
        assertThat(command.getValue()).contains("events verified, chain intact up to checkpoint");

        long target = gap - 2;
        // 1. one byte of a stored payload
        byte[] original;
        try (var connection = connect()) {
            original = payload(connection, target);
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 1;
            setPayload(connection, target, changed);
        }
        expectBreak(audrey, target, "CHANGED");
        try (var connection = connect()) {
            setPayload(connection, target, original);
            assertThat(payload(connection, target)).isEqualTo(original);
        }
        expectIntact(audrey);

        // 2. an event deleted
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("create table deleted_event as select * from DomainEventEntry where globalIndex = " + target);
            statement.execute("delete from DomainEventEntry where globalIndex = " + target);
        }
        expectBreak(audrey, target, "DELETED");
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("insert into DomainEventEntry select * from deleted_event");
            statement.execute("drop table deleted_event");
        }
        expectIntact(audrey);

        // 3. two events swapped
        long other = target + 1;
        swap(target, other);
        expectBreak(audrey, target, "REPLACED");
        swap(target, other);
        expectIntact(audrey);

        // 4. a forged event where the chain sealed an empty position
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("insert into DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber,"
                    + " type, timeStamp, payloadType, payloadRevision, payload, metaData) select " + gap
                    + ", 'forged-event', aggregateIdentifier, 99, type, timeStamp, payloadType, payloadRevision, payload,"
                    + " metaData from DomainEventEntry where globalIndex = " + target);
        }
        expectBreak(audrey, gap, "INSERTED");
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("delete from DomainEventEntry where eventIdentifier = 'forged-event'");
        }

        // 5. a forged event appended after the last one: not sealed, and its missing authentication code names it
        //    (online only: the code's key is the product's secret)
        long forged;
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select nextval('domain_event_global_index_seq')")) {
            rows.next();
            forged = rows.getLong(1);
            statement.execute("insert into DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber,"
                    + " type, timeStamp, payloadType, payloadRevision, payload, metaData) select " + forged
                    + ", 'forged-at-the-end', aggregateIdentifier, 98, type, timeStamp, payloadType, payloadRevision, payload,"
                    + " metaData from DomainEventEntry where globalIndex = " + target);
        }
        Thread.sleep(2500); // the sealer runs every second: it must refuse to seal the forgery
        var online = awaitVerification(audrey, v -> !v.get("intact").asBoolean(), 0);
        assertThat(online.get("firstBreak").get("globalIndex").asLong()).as(online.toString()).isEqualTo(forged);
        assertThat(online.get("firstBreak").get("detail").asText()).contains("authentication code");
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from audit_chain_segment where " + forged
                     + " between first_index and last_index")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the forgery was not sealed").isZero();
            statement.execute("delete from DomainEventEntry where eventIdentifier = 'forged-at-the-end'");
        }

        // 6. checkpoints deleted behind the sealer's back: it stops sealing and signing, and says why
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("create table kept_checkpoints as select * from audit_checkpoint");
            statement.execute("delete from audit_checkpoint");
        }
        paula.post("api/v1/engagements", "{\"name\":\"While the checkpoints are gone\",\"businessUnit\":\"BU\",\"currency\":\"USD\"}", null);
        var alarm = awaitSealer(audrey, false);
        assertThat(alarm.get("alarm").asText()).contains("is gone from the database");
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from audit_checkpoint")) {
            rows.next();
            assertThat(rows.getLong(1)).as("nothing signed over the changed record").isZero();
            statement.execute("insert into audit_checkpoint select * from kept_checkpoints");
            statement.execute("drop table kept_checkpoints");
        }
        assertThat(awaitSealer(audrey, true).get("alarm").isNull()).isTrue();

        // 7. the sealer's own head link rewritten (every hash of the newest sealed batch zeroed): the same
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("create table kept_segment as select * from audit_chain_segment"
                    + " where last_index = (select max(last_index) from audit_chain_segment)");
            statement.execute("update audit_chain_segment s set link_hashes = decode(repeat('00', length(s.link_hashes)), 'hex')"
                    + " where last_index = (select last_index from kept_segment)");
        }
        assertThat(awaitSealer(audrey, false).get("alarm").asText()).contains("was changed or removed");
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("update audit_chain_segment s set link_hashes = k.link_hashes from kept_segment k"
                    + " where s.first_index = k.first_index");
            statement.execute("drop table kept_segment");
        }
        awaitSealer(audrey, true);

        // put back, the record verifies again
        assertThat(awaitVerification(audrey, v -> v.get("intact").asBoolean(), 0).get("firstBreak").isNull()).isTrue();
    }

    /** Waits until this node's sealer is sealing (or has stopped), as the audit API reports it. */
    private JsonNode awaitSealer(Api auditor, boolean sealing) throws Exception {
        JsonNode state = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            state = auditor.get("api/v1/audit/sealer").json();
            if (state.get("sealing").asBoolean() == sealing) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sealer did not become " + (sealing ? "sealing" : "stopped") + ": " + state);
    }

    /**
     * The break is named twice, each time at {@code index} and as {@code kind}: by the verification the
     * integrity page runs through the API, and by desk-verify.jar, run as its own process on an export.
     */
    private void expectBreak(Api auditor, long index, String kind) throws Exception {
        var online = awaitVerification(auditor, v -> !v.get("intact").asBoolean(), 0);
        assertThat(online.get("firstBreak").get("globalIndex").asLong()).as(online.toString()).isEqualTo(index);
        assertThat(online.get("firstBreak").get("kind").asText()).as(online.toString()).isEqualTo(kind);
        assertThat(online.get("summary").asText()).startsWith("Chain broken at index " + index);
        var command = offlineCommand(auditor);
        assertThat(command.getKey()).as("desk-verify.jar exits 1 on a broken chain: " + command.getValue()).isEqualTo(1);
        assertThat(command.getValue()).as("the offline command names the same break")
                .contains("Chain broken at index " + index + ":").contains("First break: " + kind + " at index " + index + System.lineSeparator());
    }

    private void expectIntact(Api auditor) throws Exception {
        var run = awaitVerification(auditor, v -> true, 0);
        assertThat(run.get("intact").asBoolean()).as("intact again after putting it back: " + run).isTrue();
    }

    /** Starts verifications until one finds what is expected (the sealer may still be catching up). */
    private JsonNode awaitVerification(Api auditor, java.util.function.Predicate<JsonNode> expected, long atLeastIndex)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            var started = auditor.post("api/v1/audit/verifications", "", null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String location = started.header("Location");
            JsonNode run;
            do {
                Thread.sleep(100);
                run = auditor.get(location.substring(location.indexOf("api/v1/"))).json();
            } while (!run.get("done").asBoolean());
            last = run;
            if (run.get("error").isNull() && expected.test(run) && run.get("checked").asLong() >= atLeastIndex - 5) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no verification found what was expected; the last said " + last);
    }

    /**
     * The offline command as an auditor runs it: desk-verify.jar downloaded from the product, in a Java
     * process of its own, on a downloaded export and public key. Answers its exit code and what it printed.
     */
    private java.util.Map.Entry<Integer, String> offlineCommand(Api auditor) throws Exception {
        var folder = Files.createTempDirectory("desk-offline");
        var jar = Files.write(folder.resolve("desk-verify.jar"), auditor.getBytes("api/v1/audit/desk-verify.jar"));
        var exported = auditor.get("api/v1/audit/export.jsonl");
        assertThat(exported.status()).isEqualTo(200);
        var export = Files.writeString(folder.resolve("export.jsonl"), exported.body());
        var key = Files.writeString(folder.resolve("public-key.pem"), auditor.get("api/v1/audit/public-key.pem").body());
        var process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), export.toString(), key.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return java.util.Map.entry(process.exitValue(), output);
    }

    private static byte[] payload(Connection connection, long index) throws Exception {
        try (var statement = connection.prepareStatement("select payload from DomainEventEntry where globalIndex = ?")) {
            statement.setLong(1, index);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    private static void setPayload(Connection connection, long index, byte[] payload) throws Exception {
        try (var statement = connection.prepareStatement("update DomainEventEntry set payload = ? where globalIndex = ?")) {
            statement.setBytes(1, payload);
            statement.setLong(2, index);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private void swap(long a, long b) throws Exception {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("update DomainEventEntry set globalIndex = -1 where globalIndex = " + a);
            statement.execute("update DomainEventEntry set globalIndex = " + a + " where globalIndex = " + b);
            statement.execute("update DomainEventEntry set globalIndex = " + b + " where globalIndex = -1");
        }
    }
}
