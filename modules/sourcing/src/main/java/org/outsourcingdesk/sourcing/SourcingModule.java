package org.outsourcingdesk.sourcing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.platform.axon.DeskModule;
import org.outsourcingdesk.sourcing.application.WhenOutsourcingApprovedThenOpenSourcingRound;
import org.outsourcingdesk.sourcing.application.WhenRoundDecidedThenMoveEngagement;
import org.outsourcingdesk.sourcing.domain.round.SourcingRound;
import org.outsourcingdesk.sourcing.domain.vendor.Vendor;
import org.outsourcingdesk.sourcing.infrastructure.SourcingRoundProjection;
import org.outsourcingdesk.sourcing.infrastructure.VendorRegistryProjection;

/** Plugs the sourcing stage into Axon: vendors and the registry, sourcing rounds, their view and the policy that opens them. */
@ApplicationScoped
public class SourcingModule implements DeskModule {

    @Inject
    Instance<VendorRegistryProjection> registry;
    @Inject
    Instance<SourcingRoundProjection> rounds;
    @Inject
    Instance<WhenOutsourcingApprovedThenOpenSourcingRound> openRounds;
    @Inject
    Instance<WhenRoundDecidedThenMoveEngagement> roundOutcomes;

    @Override
    public String name() {
        return "sourcing";
    }

    @Override
    public Map<String, List<String>> readModels() {
        return Map.of(VendorRegistryProjection.PROCESSING_GROUP, List.of("sourcing_vendor"),
                SourcingRoundProjection.PROCESSING_GROUP, List.of("sourcing_round"));
    }

    @Override
    public List<String> policies() {
        return List.of(WhenOutsourcingApprovedThenOpenSourcingRound.PROCESSING_GROUP);
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Vendor.class);
        configurer.configureAggregate(SourcingRound.class);
        var projection = registry.get();
        var roundView = rounds.get();
        var policy = openRounds.get();
        var outcomes = roundOutcomes.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection)
                .registerEventHandler(c -> roundView).registerEventHandler(c -> policy)
                .registerEventHandler(c -> outcomes));
        configurer.registerQueryHandler(c -> projection);
        configurer.registerQueryHandler(c -> roundView);
    }
}
