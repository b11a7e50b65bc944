package org.outsourcingdesk.platform.axon;

import java.util.List;
import java.util.Map;

import org.axonframework.config.Configurer;

/**
 * The one way a module plugs into the platform: an application-scoped CDI bean implementing this
 * registers the module's aggregates, projections, query handlers and policies. The platform finds
 * every implementation at start-up and never depends back on a module.
 */
public interface DeskModule {

    /** A short name for logs and the start-up report, such as "assessment". */
    String name();

    void configure(Configurer configurer);

    /**
     * The module's read models: each processing group with the tables its projection writes, so that
     * a rebuild can prove the rebuilt tables equal the live ones (digests).
     */
    default Map<String, List<String>> readModels() {
        return Map.of();
    }

    /**
     * The module's policies: processing groups that act on events (send commands) and write no read
     * model. A rebuild leaves them where they are, since replaying them would act twice.
     */
    default List<String> policies() {
        return List.of();
    }

    /** The upcasters that read the module's older event revisions as today's (ADR 0004). */
    default List<org.axonframework.serialization.upcasting.event.EventUpcaster> upcasters() {
        return List.of();
    }
}
