package org.outsourcingdesk.platform.serialization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * The one JSON shape of events, metadata, snapshots and tokens. Events live forever, so this shape
 * changes only with an upcaster: dates are ISO-8601 text, identifiers are plain strings, and unknown
 * properties are tolerated so that an added field never breaks reading an old event.
 */
public final class DeskObjectMapper {

    private DeskObjectMapper() {
    }

    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addMixIn(EngagementId.class, EngagementIdAsText.class)
                .build();
    }

    /** Writes an engagement id as its UUID text rather than as an object. */
    abstract static class EngagementIdAsText {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        EngagementIdAsText(String value) {
        }

        @JsonValue
        abstract String value();
    }
}
