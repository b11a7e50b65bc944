package org.outsourcingdesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The verifier's fast path hashes exactly the documented canonical form, for any lengths and nulls. */
class ChainHashTest {

    private static byte[] expected(byte[] previous, StoredEvent event) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(previous);
        digest.update((byte) 'E');
        digest.update(ChainHash.canonical(event));
        return digest.digest();
    }

    @Test
    void theLinkIsSha256OfThePreviousLinkAndTheCanonicalRow() throws Exception {
        byte[] previous = ChainHash.GENESIS;
        var events = new StoredEvent[] {
                new StoredEvent(1, "e-1", "agg", 0, "Engagement", "2026-11-27T10:00:00Z", "x.Opened", "1",
                        "{\"n\":1}".getBytes(StandardCharsets.UTF_8), "{\"actor\":\"paula\"}".getBytes(StandardCharsets.UTF_8)),
                new StoredEvent(2, "e-2", "e-2", 0, null, "2026-11-27T10:00:01Z", "x.RateSet", null,
                        new byte[0], null),
                new StoredEvent(3, "é-3".repeat(900), "agg", 1, "Engagement", "2026-11-27T10:00:02Z", "x.Named", "2",
                        "ü".repeat(5000).getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2})};
        for (StoredEvent event : events) {
            byte[] link = ChainHash.link(previous, event);
            assertThat(link).as(event.toString()).isEqualTo(expected(previous, event));
            previous = link;
        }
    }
}
