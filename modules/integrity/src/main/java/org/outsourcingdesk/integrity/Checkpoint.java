package org.outsourcingdesk.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement that the chain's head at position {@code upToIndex} was {@code headHash} at
 * {@code signedAt}: whoever changes any event up to there, even rewriting every link after it,
 * cannot produce a matching head without the private key.
 *
 * @param links     links sealed up to this checkpoint (events and empty positions)
 * @param keyId     which key signed it ({@link SigningKeys#keyId})
 * @param signature Ed25519 over {@link #signedText()}, Base64
 */
public record Checkpoint(long number, long upToIndex, String headHash, long links, Instant signedAt, String keyId,
                         String signature) {

    /** Exactly the bytes that are signed. */
    public byte[] signedText() {
        return ("outsourcing-desk checkpoint 1\nnumber=" + number + "\nupTo=" + upToIndex + "\nhead=" + headHash
                + "\nlinks=" + links + "\nsignedAt=" + signedAt + "\nkey=" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
