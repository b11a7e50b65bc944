package org.outsourcingdesk.contracting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.contracting.application.WhenContractSignedThenActivate;
import org.outsourcingdesk.contracting.application.WhenVendorSelectedThenDraftContract;
import org.outsourcingdesk.contracting.domain.contract.Contract;
import org.outsourcingdesk.contracting.infrastructure.ContractProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/** Plugs the contracting stage into Axon: contracts, their view, and the policies that draft one on a selection, activate it and move the engagement to monitoring. */
@ApplicationScoped
public class ContractingModule implements DeskModule {

    @Inject
    Instance<ContractProjection> contracts;
    @Inject
    Instance<WhenVendorSelectedThenDraftContract> drafting;
    @Inject
    Instance<WhenContractSignedThenActivate> activation;

    @Override
    public String name() {
        return "contracting";
    }

    @Override
    public Map<String, List<String>> readModels() {
        return Map.of(ContractProjection.PROCESSING_GROUP, List.of("contracting_contract"));
    }

    @Override
    public List<String> policies() {
        return List.of(WhenVendorSelectedThenDraftContract.PROCESSING_GROUP);
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Contract.class);
        var projection = contracts.get();
        var drafts = drafting.get();
        var activates = activation.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection)
                .registerEventHandler(c -> drafts).registerEventHandler(c -> activates));
        configurer.registerQueryHandler(c -> projection);
    }
}
