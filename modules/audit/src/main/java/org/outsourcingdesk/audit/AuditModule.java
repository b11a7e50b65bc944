package org.outsourcingdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.audit.infrastructure.EngagementHistoryProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/** Plugs the auditors' read models into Axon. */
@ApplicationScoped
public class AuditModule implements DeskModule {

    @Inject
    Instance<EngagementHistoryProjection> history;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void configure(Configurer configurer) {
        var projection = history.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
        configurer.registerQueryHandler(c -> projection);
    }
}
