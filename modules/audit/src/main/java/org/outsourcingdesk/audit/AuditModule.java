package org.outsourcingdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.audit.application.HistoryNotes;
import org.outsourcingdesk.audit.infrastructure.EngagementHistoryProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/** Plugs the auditors' read models into Axon, and the notes that tell an engagement's history to people. */
@ApplicationScoped
public class AuditModule implements DeskModule {

    @Inject
    Instance<EngagementHistoryProjection> history;
    @Inject
    Instance<HistoryNotes> notes;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public java.util.Map<String, java.util.List<String>> readModels() {
        return java.util.Map.of(EngagementHistoryProjection.PROCESSING_GROUP, java.util.List.of("audit_engagement_event"));
    }

    @Override
    public void configure(Configurer configurer) {
        var projection = history.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
        configurer.registerQueryHandler(c -> projection);
        var historyNotes = notes.get();
        configurer.registerQueryHandler(c -> historyNotes);
    }
}
