package org.outsourcingdesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The chain and its verification: intact, and each kind of tampering named at its first broken link. */
class ChainVerifierTest {

    private static final java.security.KeyPair KEYS = SigningKeys.generate();

    private static StoredEvent event(long index) {
        return new StoredEvent(index, "event-" + index, "engagement-" + (index % 3), index / 3, "Engagement",
                "2026-11-27T10:00:0" + (index % 10) + "Z", "org.example.SomethingHappened", "1",
                ("{\"n\":" + index + "}").getBytes(StandardCharsets.UTF_8), "{\"actor\":\"paula\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** A store of 1..n with position 5 empty, sealed; a checkpoint at 8. */
    private static final class Store {
        final TreeMap<Long, StoredEvent> events = new TreeMap<>();
        final TreeMap<Long, ChainLink> links = new TreeMap<>();
        final List<Checkpoint> checkpoints = new ArrayList<>();

        Store(int n) {
            byte[] previous = ChainHash.GENESIS;
            for (long i = 1; i <= n; i++) {
                if (i == 5) {
                    previous = ChainHash.gap(previous, i);
                    links.put(i, new ChainLink(i, null, previous));
                    continue;
                }
                var e = event(i);
                events.put(i, e);
                previous = ChainHash.link(previous, e);
                links.put(i, new ChainLink(i, e.eventIdentifier(), previous));
                if (i == 8) {
                    checkpoints.add(SigningKeys.sign(KEYS.getPrivate(), KEYS.getPublic(), 1, 8, ChainHash.hex(previous), 8,
                            Instant.parse("2026-11-27T10:00:10Z")));
                }
            }
        }

        Verification verify() {
            var verifier = new ChainVerifier(checkpoints, KEYS.getPublic(), n -> { });
            var positions = new java.util.TreeSet<Long>();
            positions.addAll(events.keySet());
            positions.addAll(links.keySet());
            for (long i : positions) {
                verifier.accept(i, links.get(i), events.get(i));
            }
            return verifier.finish();
        }
    }

    @Test
    void anUntouchedStoreIsIntactUpToItsCheckpoint() {
        var store = new Store(10);
        store.events.put(11L, event(11));
        var result = store.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsVerified()).isEqualTo(9);
        assertThat(result.gapsVerified()).isEqualTo(1);
        assertThat(result.unsealedEvents()).isEqualTo(1);
        assertThat(result.intactUpToCheckpoint()).isEqualTo(1);
        assertThat(result.summary()).isEqualTo("9 events verified, chain intact up to checkpoint 1; 1 newer events not yet sealed.");
    }

    @Test
    void oneChangedByteIsNamed() {
        var store = new Store(10);
        var original = store.events.get(6L);
        byte[] payload = original.payload().clone();
        payload[5] ^= 1;
        store.events.put(6L, new StoredEvent(6, original.eventIdentifier(), original.aggregateIdentifier(),
                original.sequenceNumber(), original.type(), original.timeStamp(), original.payloadType(),
                original.payloadRevision(), payload, original.metaData()));
        var result = store.verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(6);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.CHANGED);
        assertThat(result.eventsVerified()).isEqualTo(4);
    }

    @Test
    void aChangedTimestampOrActorIsNamedToo() {
        var store = new Store(10);
        var original = store.events.get(3L);
        store.events.put(3L, new StoredEvent(3, original.eventIdentifier(), original.aggregateIdentifier(),
                original.sequenceNumber(), original.type(), "2020-01-01T00:00:00Z", original.payloadType(),
                original.payloadRevision(), original.payload(), original.metaData()));
        assertThat(store.verify().firstBreak().globalIndex()).isEqualTo(3);
    }

    @Test
    void aDeletedEventIsNamed() {
        var store = new Store(10);
        store.events.remove(7L);
        var result = store.verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(7);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.DELETED);
    }

    @Test
    void twoSwappedEventsAreNamedAtTheFirst() {
        var store = new Store(10);
        var three = store.events.get(3L);
        var four = store.events.get(4L);
        store.events.put(3L, withIndex(four, 3));
        store.events.put(4L, withIndex(three, 4));
        var result = store.verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(3);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.REPLACED);
    }

    @Test
    void aForgedEventInASealedEmptyPositionIsNamed() {
        var store = new Store(10);
        store.events.put(5L, event(5));
        var result = store.verify();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(5);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.INSERTED);
    }

    @Test
    void rewritingEventsAndLinksTogetherIsCaughtByTheSignedCheckpoint() {
        var store = new Store(10);
        var original = store.events.get(2L);
        store.events.put(2L, new StoredEvent(2, original.eventIdentifier(), original.aggregateIdentifier(),
                original.sequenceNumber(), original.type(), original.timeStamp(), original.payloadType(),
                original.payloadRevision(), "{\"n\":999}".getBytes(StandardCharsets.UTF_8), original.metaData()));
        // the forger recomputes every link after the change
        byte[] previous = ChainHash.GENESIS;
        for (long i = 1; i <= 10; i++) {
            var e = store.events.get(i);
            previous = e == null ? ChainHash.gap(previous, i) : ChainHash.link(previous, e);
            store.links.put(i, new ChainLink(i, e == null ? null : e.eventIdentifier(), previous));
        }
        var result = store.verify();
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.CHECKPOINT);
        assertThat(result.firstBreak().globalIndex()).isEqualTo(8);
        assertThat(result.intactUpToCheckpoint()).isNull();
    }

    @Test
    void aForgedCheckpointIsRefused() {
        var store = new Store(10);
        var other = SigningKeys.generate();
        var real = store.checkpoints.get(0);
        store.checkpoints.set(0, SigningKeys.sign(other.getPrivate(), other.getPublic(), real.number(), real.upToIndex(),
                real.headHash(), real.links(), real.signedAt()));
        assertThat(store.verify().firstBreak().kind()).isEqualTo(Verification.Kind.CHECKPOINT);
    }

    @Test
    void checkpointsSignedWithAReplacedKeyHoldWhenThatKeyIsStillTrusted() {
        var store = new Store(10);
        var newer = SigningKeys.generate();
        // after a key rotation, a second checkpoint at position 10 signed with the new key
        byte[] previous = ChainHash.GENESIS;
        for (long i = 1; i <= 10; i++) {
            var e = store.events.get(i);
            previous = e == null ? ChainHash.gap(previous, i) : ChainHash.link(previous, e);
        }
        store.checkpoints.add(SigningKeys.sign(newer.getPrivate(), newer.getPublic(), 2, 10, ChainHash.hex(previous), 10,
                Instant.parse("2026-11-28T10:00:00Z")));
        var positions = new java.util.TreeSet<>(store.links.keySet());
        var both = new ChainVerifier(store.checkpoints, List.of(newer.getPublic(), KEYS.getPublic()), n -> { });
        positions.forEach(i -> both.accept(i, store.links.get(i), store.events.get(i)));
        assertThat(both.finish().intactUpToCheckpoint()).isEqualTo(2);
        var onlyNew = new ChainVerifier(store.checkpoints, List.of(newer.getPublic()), n -> { });
        positions.forEach(i -> onlyNew.accept(i, store.links.get(i), store.events.get(i)));
        var result = onlyNew.finish();
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.CHECKPOINT);
        assertThat(result.firstBreak().detail()).contains("not among the trusted keys");
    }

    @Test
    void deletedLinksAtTheEndAreCaughtByTheCheckpoint() {
        var store = new Store(10);
        for (long i = 6; i <= 10; i++) {
            store.links.remove(i);
        }
        var result = store.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.DELETED);
    }

    @Test
    void theExportVerifiesOfflineAndShowsTampering() throws Exception {
        var store = new Store(10);
        var export = Files.createTempFile("desk-export", ".jsonl");
        var intact = write(store);
        Files.writeString(export, intact);
        var key = SigningKeys.publicKey(SigningKeys.publicPem(KEYS.getPublic()));
        assertThat(ExportFormat.verify(export, key, n -> { }).intact()).isTrue();
        assertThat(ExportFormat.header(export).get(0)).isEqualTo(ExportFormat.FORMAT);

        // one byte of one payload changed in the file
        String tampered = intact.replace("\"payload\":\"" + java.util.Base64.getEncoder().encodeToString(event(9).payload()) + "\"",
                "\"payload\":\"" + java.util.Base64.getEncoder().encodeToString("{\"n\":8}".getBytes(StandardCharsets.UTF_8)) + "\"");
        assertThat(tampered).isNotEqualTo(intact);
        Files.writeString(export, tampered);
        var result = ExportFormat.verify(export, key, n -> { });
        assertThat(result.firstBreak().globalIndex()).isEqualTo(9);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.CHANGED);

        // a line deleted
        Files.writeString(export, intact.lines().filter(l -> !l.contains("\"globalIndex\":4,")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(ExportFormat.verify(export, key, n -> { }).firstBreak().kind()).isEqualTo(Verification.Kind.DELETED);

        // an event gone from the store before the export: its position is exported with its link only
        store.events.remove(6L);
        Files.writeString(export, write(store));
        var gone = ExportFormat.verify(export, key, n -> { });
        assertThat(gone.firstBreak().globalIndex()).isEqualTo(6);
        assertThat(gone.firstBreak().kind()).isEqualTo(Verification.Kind.DELETED);
    }

    private static String write(Store store) throws Exception {
        var out = new StringWriter();
        ExportFormat.writeHeader(out, Instant.parse("2026-11-27T11:00:00Z"), SigningKeys.keyId(KEYS.getPublic()),
                SigningKeys.publicPem(KEYS.getPublic()));
        for (long i : store.links.keySet()) {
            ExportFormat.writePosition(out, i, store.events.get(i), store.links.get(i));
        }
        for (var c : store.checkpoints) {
            ExportFormat.writeCheckpoint(out, c);
        }
        return out.toString();
    }

    private static StoredEvent withIndex(StoredEvent e, long index) {
        return new StoredEvent(index, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData());
    }
}
