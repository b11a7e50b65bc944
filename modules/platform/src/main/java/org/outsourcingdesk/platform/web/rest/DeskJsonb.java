package org.outsourcingdesk.platform.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * The JSON of the REST API: as JSON-B writes records, with absent values written as null (so every
 * documented field is there), and an engagement id as its UUID text,
 * as it is in events and URLs, rather than an object around it.
 */
@Provider
public class DeskJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(new EngagementIdAsText()).withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An engagement id as plain text. */
    public static class EngagementIdAsText implements JsonbAdapter<EngagementId, String> {
        @Override
        public String adaptToJson(EngagementId id) {
            return id.value();
        }

        @Override
        public EngagementId adaptFromJson(String text) {
            return new EngagementId(text);
        }
    }
}
