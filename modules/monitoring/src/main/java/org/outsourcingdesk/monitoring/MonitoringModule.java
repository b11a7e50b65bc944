package org.outsourcingdesk.monitoring;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.axonframework.config.Configurer;
import org.outsourcingdesk.monitoring.application.WhenContractActivatedThenStartMonitoring;
import org.outsourcingdesk.monitoring.domain.Monitoring;
import org.outsourcingdesk.monitoring.infrastructure.MonitoringProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/** Plugs the monitoring stage into Axon: each active contract's monitoring, its view, and the policy that begins it. */
@ApplicationScoped
public class MonitoringModule implements DeskModule {

    @Inject
    Instance<MonitoringProjection> projection;
    @Inject
    Instance<WhenContractActivatedThenStartMonitoring> starting;

    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public Map<String, List<String>> readModels() {
        return Map.of(MonitoringProjection.PROCESSING_GROUP, List.of("monitoring_contract"));
    }

    @Override
    public List<String> policies() {
        return List.of(WhenContractActivatedThenStartMonitoring.PROCESSING_GROUP);
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Monitoring.class);
        var view = projection.get();
        var policy = starting.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> view).registerEventHandler(c -> policy));
        configurer.registerQueryHandler(c -> view);
    }
}
