package org.outsourcingdesk.sourcing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.platform.axon.DeskModule;
import org.outsourcingdesk.sourcing.domain.vendor.Vendor;
import org.outsourcingdesk.sourcing.infrastructure.VendorRegistryProjection;

/** Plugs the sourcing stage into Axon: the vendor aggregate and the vendor registry. */
@ApplicationScoped
public class SourcingModule implements DeskModule {

    @Inject
    Instance<VendorRegistryProjection> registry;

    @Override
    public String name() {
        return "sourcing";
    }

    @Override
    public Map<String, List<String>> readModels() {
        return Map.of(VendorRegistryProjection.PROCESSING_GROUP, List.of("sourcing_vendor"));
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Vendor.class);
        var projection = registry.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
        configurer.registerQueryHandler(c -> projection);
    }
}
