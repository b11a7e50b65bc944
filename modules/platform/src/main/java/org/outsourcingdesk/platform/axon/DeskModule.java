package org.outsourcingdesk.platform.axon;

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
}
