package org.outsourcingdesk.integrity;

/**
 * One link of the chain: the position in the global order, the event sealed there (null when the
 * position was sealed as empty: a number the sequence gave to a transaction that rolled back), and
 * the link's hash (the 32 bytes of SHA-256; {@link #hash()} gives it in hex).
 */
public record ChainLink(long globalIndex, String eventIdentifier, byte[] digest) {

    public boolean gap() {
        return eventIdentifier == null;
    }

    /** The link's hash in hex, as exports and pages show it. */
    public String hash() {
        return ChainHash.hex(digest);
    }

    /** A link as an export states it: a hash that is not 64 hex digits matches nothing. */
    public static ChainLink stated(long globalIndex, String eventIdentifier, String hexHash) {
        byte[] digest;
        try {
            digest = hexHash != null && hexHash.length() == 64 ? ChainHash.bytes(hexHash) : new byte[0];
        } catch (IllegalArgumentException notHex) {
            digest = new byte[0];
        }
        return new ChainLink(globalIndex, eventIdentifier, digest);
    }
}
