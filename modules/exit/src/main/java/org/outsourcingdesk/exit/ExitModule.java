package org.outsourcingdesk.exit;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.axonframework.config.Configurer;
import org.outsourcingdesk.exit.application.WhenContractActivatedThenPlanExit;
import org.outsourcingdesk.exit.application.WhenExitCompletedThenEndContract;
import org.outsourcingdesk.exit.application.WhenExitDecidedThenMoveEngagement;
import org.outsourcingdesk.exit.domain.ExitCase;
import org.outsourcingdesk.exit.infrastructure.ExitProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/**
 * Plugs the exit stage into Axon: each active contract's exit case, its view, and the policies that begin it and carry out its
 * decisions (moving the engagement, ending the contract).
 */
@ApplicationScoped
public class ExitModule implements DeskModule {

    @Inject
    Instance<ExitProjection> projection;
    @Inject
    Instance<WhenContractActivatedThenPlanExit> planning;
    @Inject
    Instance<WhenExitDecidedThenMoveEngagement> moving;
    @Inject
    Instance<WhenExitCompletedThenEndContract> ending;

    @Override
    public String name() {
        return "exit";
    }

    @Override
    public Map<String, List<String>> readModels() {
        return Map.of(ExitProjection.PROCESSING_GROUP, List.of("exit_case"));
    }

    @Override
    public List<String> policies() {
        return List.of(WhenContractActivatedThenPlanExit.PROCESSING_GROUP);
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(ExitCase.class);
        var view = projection.get();
        var plans = planning.get();
        var moves = moving.get();
        var ends = ending.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> view).registerEventHandler(c -> plans)
                .registerEventHandler(c -> moves).registerEventHandler(c -> ends));
        configurer.registerQueryHandler(c -> view);
    }
}
