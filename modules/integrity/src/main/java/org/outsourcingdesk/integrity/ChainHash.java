package org.outsourcingdesk.integrity;

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
        var buffer = BUFFER.get();
        buffer.start(previous.length + 1);
        buffer.raw(previous);
        buffer.bytes[buffer.length++] = EVENT;
        buffer.event(event);
        var digest = DIGEST.get();
        digest.update(buffer.bytes, 0, buffer.length);
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

    /** Every column of the row, each length-prefixed (-1 for null): the bytes a link hashes after the previous hash. */
    static byte[] canonical(StoredEvent e) {
        var buffer = BUFFER.get();
        buffer.start(0);
        buffer.event(e);
        return java.util.Arrays.copyOf(buffer.bytes, buffer.length);
    }

    /**
     * The canonical bytes, written into one array kept per thread and hashed in one call: the
     * verifier's hot path, where a digest update per column and an array per text cost as much as
     * the hash itself.
     */
    private static final class Buffer {
        byte[] bytes = new byte[4096];
        int length;

        void start(int reserve) {
            length = 0;
            ensure(reserve);
        }

        void event(StoredEvent e) {
            ensure(8 + 8 + 8 * 4 + length(e.payload()) + length(e.metaData()) + 3 * (length(e.eventIdentifier())
                    + length(e.aggregateIdentifier()) + length(e.type()) + length(e.timeStamp())
                    + length(e.payloadType()) + length(e.payloadRevision())));
            longValue(e.globalIndex());
            text(e.eventIdentifier());
            text(e.aggregateIdentifier());
            longValue(e.sequenceNumber());
            text(e.type());
            text(e.timeStamp());
            text(e.payloadType());
            text(e.payloadRevision());
            sized(e.payload());
            sized(e.metaData());
        }

        /** UTF-8, as {@code String.getBytes}; ASCII (every identifier, type and time stamp) without an array of its own. */
        private void text(String value) {
            if (value == null) {
                intValue(-1);
                return;
            }
            int count = value.length();
            int at = length + 4;
            for (int i = 0; i < count; i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    sized(value.getBytes(StandardCharsets.UTF_8)); // room was reserved for three bytes a char
                    return;
                }
                bytes[at++] = (byte) c;
            }
            intValue(count);
            length = at;
        }

        private void sized(byte[] value) {
            if (value == null) {
                intValue(-1);
            } else {
                intValue(value.length);
                raw(value);
            }
        }

        void raw(byte[] value) {
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
        }

        private void intValue(int value) {
            bytes[length] = (byte) (value >>> 24);
            bytes[length + 1] = (byte) (value >>> 16);
            bytes[length + 2] = (byte) (value >>> 8);
            bytes[length + 3] = (byte) value;
            length += 4;
        }

        private void longValue(long value) {
            for (int i = 7; i >= 0; i--) {
                bytes[length + i] = (byte) value;
                value >>>= 8;
            }
            length += 8;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
            }
        }

        private static int length(byte[] value) {
            return value == null ? 0 : value.length;
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

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
