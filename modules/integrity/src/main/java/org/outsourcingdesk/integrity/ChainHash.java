package org.outsourcingdesk.integrity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each link is SHA-256 of the previous link's hash and the canonical bytes of what
 * sits at its position (an event, or the mark of an empty position). The first link's previous hash
 * is 32 zero bytes. Canonical bytes are every column of the stored row, each length-prefixed, so
 * that no two different rows have the same bytes.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];
    private static final byte EVENT = 'E';
    private static final byte GAP = 'G';
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** The hash of the link that seals {@code event} after {@code previous}. */
    public static byte[] link(byte[] previous, StoredEvent event) {
        var digest = sha256();
        digest.update(previous);
        digest.update(EVENT);
        digest.update(canonical(event));
        return digest.digest();
    }

    /** The hash of the link that seals position {@code globalIndex} as empty. */
    public static byte[] gap(byte[] previous, long globalIndex) {
        var digest = sha256();
        digest.update(previous);
        digest.update(GAP);
        digest.update(longBytes(globalIndex));
        return digest.digest();
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    /** Every column of the row, each length-prefixed (-1 for null). */
    static byte[] canonical(StoredEvent e) {
        var bytes = new ByteArrayOutputStream(256 + length(e.payload()) + length(e.metaData()));
        try (var out = new DataOutputStream(bytes)) {
            out.writeLong(e.globalIndex());
            text(out, e.eventIdentifier());
            text(out, e.aggregateIdentifier());
            out.writeLong(e.sequenceNumber());
            text(out, e.type());
            text(out, e.timeStamp());
            text(out, e.payloadType());
            text(out, e.payloadRevision());
            raw(out, e.payload());
            raw(out, e.metaData());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        raw(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void raw(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
