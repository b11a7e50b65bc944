package org.outsourcingdesk.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The JSON Lines export of the event store: a header line, then one line per position of the global
 * order (an event with its stored bytes, readable data and link, or an empty sealed position), then
 * one line per checkpoint. Enough, with the public key, to verify the record offline.
 * <pre>
 * {"kind":"header","format":"outsourcing-desk-export/1","exportedAt":"...","keyId":"...","publicKey":"-----BEGIN PUBLIC KEY-----..."}
 * {"kind":"event","globalIndex":1,"eventIdentifier":"...","aggregateIdentifier":"...","sequenceNumber":0,"type":"Engagement",
 *  "timeStamp":"...","payloadType":"...","payloadRevision":"1","payload":"(Base64 of the stored bytes)","metaData":"(Base64)",
 *  "data":{...the payload as JSON...},"meta":{...},"link":"(hex hash, or null when not yet sealed)",
 *  "sealedEvent":"(the event the chain sealed here)"}
 * {"kind":"gap","globalIndex":7,"link":"...","sealedEvent":null}   (no event stored here)
 * {"kind":"checkpoint","number":1,"upToIndex":1000,"headHash":"...","links":1000,"signedAt":"...","keyId":"...","signature":"..."}
 * </pre>
 */
public final class ExportFormat {

    public static final String FORMAT = "outsourcing-desk-export/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFormat() {
    }

    public static void writeHeader(Writer out, Instant exportedAt, String keyId, String publicKeyPem) throws IOException {
        ObjectNode header = JSON.createObjectNode().put("kind", "header").put("format", FORMAT)
                .put("exportedAt", exportedAt.toString()).put("keyId", keyId).put("publicKey", publicKeyPem);
        line(out, header);
    }

    /** A position: the event stored there (or null) and its link (or null when not sealed yet). */
    public static void writePosition(Writer out, long globalIndex, StoredEvent event, ChainLink link) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        if (event == null) {
            node.put("kind", "gap").put("globalIndex", globalIndex);
        } else {
            node.put("kind", "event").put("globalIndex", event.globalIndex())
                    .put("eventIdentifier", event.eventIdentifier()).put("aggregateIdentifier", event.aggregateIdentifier())
                    .put("sequenceNumber", event.sequenceNumber()).put("type", event.type())
                    .put("timeStamp", event.timeStamp()).put("payloadType", event.payloadType())
                    .put("payloadRevision", event.payloadRevision())
                    .put("payload", base64(event.payload())).put("metaData", base64(event.metaData()));
            node.set("data", readable(event.payload()));
            node.set("meta", readable(event.metaData()));
        }
        node.put("link", link == null ? null : link.hash());
        // which event the chain sealed here: the verification must know it even when the event is gone
        node.put("sealedEvent", link == null ? null : link.eventIdentifier());
        line(out, node);
    }

    public static void writeCheckpoint(Writer out, Checkpoint c) throws IOException {
        line(out, JSON.createObjectNode().put("kind", "checkpoint").put("number", c.number()).put("upToIndex", c.upToIndex())
                .put("headHash", c.headHash()).put("links", c.links()).put("signedAt", c.signedAt().toString())
                .put("keyId", c.keyId()).put("signature", c.signature()));
    }

    /**
     * Verifies an export: reads the checkpoints first (they follow the positions), then feeds every
     * position to a {@link ChainVerifier} as the file goes, so a million events need no more memory
     * than one.
     */
    public static Verification verify(java.nio.file.Path export, java.security.PublicKey key,
                                      java.util.function.LongConsumer progress) throws IOException {
        return verify(export, List.of(key), progress);
    }

    /** The same with several trusted keys: the current one and those it replaced. */
    public static Verification verify(java.nio.file.Path export, java.util.Collection<java.security.PublicKey> keys,
                                      java.util.function.LongConsumer progress) throws IOException {
        var checkpoints = new ArrayList<Checkpoint>();
        try (var reader = java.nio.file.Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            forEachLine(reader, node -> {
                if ("checkpoint".equals(node.path("kind").asText())) {
                    checkpoints.add(checkpoint(node));
                }
            });
        }
        var verifier = new ChainVerifier(checkpoints, keys, progress);
        try (var reader = java.nio.file.Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            forEachLine(reader, node -> {
                String kind = node.path("kind").asText();
                if (!kind.equals("event") && !kind.equals("gap")) {
                    return;
                }
                long index = node.path("globalIndex").asLong();
                String link = node.path("link").isNull() || node.path("link").isMissingNode() ? null : node.path("link").asText();
                StoredEvent event = kind.equals("event") ? event(node) : null;
                verifier.accept(index, link == null ? null : ChainLink.stated(index, text(node, "sealedEvent"), link), event);
            });
        }
        return verifier.finish();
    }

    public static Checkpoint checkpoint(JsonNode node) {
        return new Checkpoint(node.path("number").asLong(), node.path("upToIndex").asLong(), node.path("headHash").asText(),
                node.path("links").asLong(), Instant.parse(node.path("signedAt").asText()), node.path("keyId").asText(),
                node.path("signature").asText());
    }

    static StoredEvent event(JsonNode node) {
        return new StoredEvent(node.path("globalIndex").asLong(), text(node, "eventIdentifier"), text(node, "aggregateIdentifier"),
                node.path("sequenceNumber").asLong(), text(node, "type"), text(node, "timeStamp"), text(node, "payloadType"),
                text(node, "payloadRevision"), bytes(node, "payload"), bytes(node, "metaData"));
    }

    /** The header's public key, for verifying an export against the key it names (compare it with the published one). */
    public static List<String> header(java.nio.file.Path export) throws IOException {
        try (var reader = java.nio.file.Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            JsonNode node = first == null ? JSON.createObjectNode() : JSON.readTree(first);
            return List.of(node.path("format").asText(), node.path("keyId").asText(), node.path("publicKey").asText());
        }
    }

    private static void forEachLine(BufferedReader reader, java.util.function.Consumer<JsonNode> each) throws IOException {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                each.accept(JSON.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException("line " + number + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static byte[] bytes(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Base64.getDecoder().decode(value);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    /** The stored bytes as JSON for people, or as text when they are not JSON. */
    private static JsonNode readable(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static void line(Writer out, JsonNode node) throws IOException {
        try {
            out.write(JSON.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
    }
}
