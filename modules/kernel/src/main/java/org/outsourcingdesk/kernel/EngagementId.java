package org.outsourcingdesk.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one engagement across all stages. Every event that belongs to an engagement carries it,
 * which is what lets the audit module assemble an engagement's whole history.
 */
public record EngagementId(String value) {

    public EngagementId {
        Objects.requireNonNull(value, "engagement id");
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an engagement id is a UUID, not '" + value + "'", e);
        }
    }

    public static EngagementId generate() {
        return new EngagementId(UUID.randomUUID().toString());
    }

    /** Parses user input; empty when it is not an engagement id. */
    public static java.util.Optional<EngagementId> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new EngagementId(text.trim()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The plain UUID: Axon uses it as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}
