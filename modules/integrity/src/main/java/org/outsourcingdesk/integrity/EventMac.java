package org.outsourcingdesk.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication code the product stamps on every event before it is stored: HMAC-SHA256, with
 * a secret key kept outside the database, over the event's identity, its stored payload bytes and
 * its metadata (who acted, in which roles and request: every entry but the code itself, in a
 * canonical form), that is everything of the row but its global position, which is only known
 * after the insert. Someone who can write to the database but does not hold the key cannot add an
 * event that passes as the product's, nor change who an event says acted: the chain seals position
 * and order; the code proves origin.
 */
public final class EventMac {

    /** The metadata entry that carries the code. */
    public static final String METADATA_KEY = "mac";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One initialised HMAC per thread: looking it up and keying it per event costs more than the code itself. */
    private final ThreadLocal<Mac> hmac;

    public EventMac(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("an event authentication key has at least 32 bytes");
        }
        var spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.hmac = ThreadLocal.withInitial(() -> {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has HmacSHA256", e);
            }
        });
    }

    /** The code of an event, Base64; {@code metadata} is its metadata as a JSON object (a {@code mac} entry is ignored). */
    public String code(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                       String timeStamp, String payloadType, String payloadRevision, byte[] payload, JsonNode metadata) {
        var unpositioned = new StoredEvent(0, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                payloadType, payloadRevision, payload, canonical(metadata));
        return Base64.getEncoder().encodeToString(hmac.get().doFinal(ChainHash.canonical(unpositioned)));
    }

    /** Whether a stored event carries a valid code in its metadata. */
    public boolean valid(StoredEvent event) {
        return check(event) == Stamp.VALID;
    }

    /** What a stored event's code says of it, reading its metadata once: no code, a valid one, or a false one. */
    public Stamp check(StoredEvent event) {
        JsonNode metadata = metadata(event);
        JsonNode stamped = metadata == null ? null : metadata.get(METADATA_KEY);
        if (stamped == null || !stamped.isTextual()) {
            return Stamp.ABSENT;
        }
        String expected = code(event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(), event.type(),
                event.timeStamp(), event.payloadType(), event.payloadRevision(), event.payload(), metadata);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                stamped.asText().getBytes(StandardCharsets.US_ASCII)) ? Stamp.VALID : Stamp.FALSE;
    }

    /** What an event's metadata says of its origin. */
    public enum Stamp {
        /** No code: stored before the product stamped codes, or not by the product. */
        ABSENT,
        VALID,
        /** A code that does not match the event: changed, or forged without the key. */
        FALSE
    }

    /**
     * Metadata in a canonical form: entries sorted by key, the code left out, each value as compact
     * JSON; the same whichever order the entries were stored in.
     */
    static byte[] canonical(JsonNode metadata) {
        var text = new StringBuilder();
        if (metadata != null && metadata.isObject()) {
            var keys = new java.util.TreeSet<String>();
            metadata.fieldNames().forEachRemaining(keys::add);
            keys.remove(METADATA_KEY);
            for (String key : keys) {
                text.append(key).append('\u0000').append(metadata.get(key).toString()).append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode metadata(StoredEvent event) {
        try {
            return event.metaData() == null ? null : JSON.readTree(event.metaData());
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The code a stored event carries, or null when its metadata has none. */
    public static String stamped(StoredEvent event) {
        if (event.metaData() == null) {
            return null;
        }
        try {
            JsonNode meta = JSON.readTree(event.metaData());
            JsonNode code = meta == null ? null : meta.get(METADATA_KEY);
            return code == null || !code.isTextual() ? null : code.asText();
        } catch (IOException notJson) {
            return null;
        }
    }
}
