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
        var digest = DIGEST.get();
        digest.update(previous);
        digest.update(EVENT);
        feed(digest, event);
        return digest.digest();
    }

    /** The hash of the link that seals position {@code globalIndex} as empty. */
    public static byte[] gap(byte[] previous, long globalIndex) {
        var digest = DIGEST.get();
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

    /** The canonical bytes straight into a digest, without copying the payload: the verifier's hot path. */
    private static void feed(MessageDigest digest, StoredEvent e) {
        digest.update(longBytes(e.globalIndex()));
        feedText(digest, e.eventIdentifier());
        feedText(digest, e.aggregateIdentifier());
        digest.update(longBytes(e.sequenceNumber()));
        feedText(digest, e.type());
        feedText(digest, e.timeStamp());
        feedText(digest, e.payloadType());
        feedText(digest, e.payloadRevision());
        feedRaw(digest, e.payload());
        feedRaw(digest, e.metaData());
    }

    private static void feedText(MessageDigest digest, String value) {
        feedRaw(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void feedRaw(MessageDigest digest, byte[] value) {
        if (value == null) {
            digest.update(intBytes(-1));
        } else {
            digest.update(intBytes(value.length));
            digest.update(value);
        }
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** Every column of the row, each length-prefixed (-1 for null): the same bytes {@link #feed} digests. */
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

    /** One digest per thread, reset by each {@code digest()}: looking the algorithm up per event costs more than hashing it. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(ChainHash::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
