package org.outsourcingdesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authentication code: valid for what the product wrote, for nothing else, and only with its key. */
class EventMacTest {

    private static final EventMac MAC = new EventMac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static StoredEvent stamped(long index, String id, String payload, EventMac mac) throws Exception {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        var meta = JSON.readTree("{\"roles\":[\"PROCUREMENT\"],\"actor\":\"paula\"}");
        String code = mac.code(id, "agg", index, "Engagement", "2026-11-27T10:00:00.000Z", "x.Happened", "1", bytes, meta);
        return new StoredEvent(index, id, "agg", index, "Engagement", "2026-11-27T10:00:00.000Z", "x.Happened", "1", bytes,
                ("{\"actor\":\"paula\",\"roles\":[\"PROCUREMENT\"],\"mac\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void changingWhoActedBreaksTheCode() throws Exception {
        var event = stamped(1, "e-1", "{\"n\":1}", MAC);
        String forged = new String(event.metaData(), StandardCharsets.UTF_8).replace("paula", "marc");
        var changed = new StoredEvent(1, "e-1", "agg", 1, "Engagement", "2026-11-27T10:00:00.000Z", "x.Happened", "1",
                event.payload(), forged.getBytes(StandardCharsets.UTF_8));
        assertThat(MAC.valid(event)).as("stored in another key order, still valid").isTrue();
        assertThat(MAC.valid(changed)).isFalse();
    }

    @Test
    void aStampedEventIsValidAndAnyChangeIsNot() throws Exception {
        var event = stamped(1, "e-1", "{\"n\":1}", MAC);
        assertThat(MAC.valid(event)).isTrue();
        var changed = new StoredEvent(1, "e-1", "agg", 1, "Engagement", "2026-11-27T10:00:00.000Z", "x.Happened", "1",
                "{\"n\":2}".getBytes(StandardCharsets.UTF_8), event.metaData());
        assertThat(MAC.valid(changed)).isFalse();
        var otherKey = new EventMac("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        assertThat(otherKey.valid(event)).isFalse();
        assertThat(MAC.valid(stamped(1, "e-1", "{\"n\":1}", otherKey))).as("forged with a guessed key").isFalse();
        assertThatThrownBy(() -> new EventMac(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsealedEventsWithoutAValidCodeAreNamedButOlderUnstampedOnesPass() throws Exception {
        var legacy = new StoredEvent(1, "legacy", "agg", 0, "Engagement", "2026-01-01T00:00:00.000Z", "x.Happened", "1",
                "{}".getBytes(StandardCharsets.UTF_8), "{\"actor\":\"paula\"}".getBytes(StandardCharsets.UTF_8));
        var genuine = stamped(2, "e-2", "{\"n\":2}", MAC);
        var verifier = new ChainVerifier(List.of(), List.<java.security.PublicKey>of(), n -> { }).checkingCodes(MAC);
        verifier.accept(1, null, legacy);
        verifier.accept(2, null, genuine);
        assertThat(verifier.finish().intact()).isTrue();

        var forged = new StoredEvent(3, "e-3", "agg", 3, "Engagement", "2026-11-27T10:00:00.000Z", "x.Happened", "1",
                "{\"n\":3}".getBytes(StandardCharsets.UTF_8), genuine.metaData());
        var again = new ChainVerifier(List.of(), List.<java.security.PublicKey>of(), n -> { }).checkingCodes(MAC);
        again.accept(2, null, genuine);
        again.accept(3, null, forged);
        var result = again.finish();
        assertThat(result.firstBreak().globalIndex()).isEqualTo(3);
        assertThat(result.firstBreak().kind()).isEqualTo(Verification.Kind.INSERTED);

        var unstampedAfterStamped = new ChainVerifier(List.of(), List.<java.security.PublicKey>of(), n -> { }).checkingCodes(MAC);
        unstampedAfterStamped.accept(2, null, genuine);
        unstampedAfterStamped.accept(3, null, new StoredEvent(3, "e-3", "agg", 3, "Engagement", "t", "x", "1",
                new byte[0], "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(unstampedAfterStamped.finish().intact()).isFalse();
    }
}
