package org.outsourcingdesk.exit.application;

import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.command.OpenRelationshipReviewCommand;
import org.outsourcingdesk.exit.api.command.StartExitPlanCommand;
import org.outsourcingdesk.exit.api.command.UpdateExitTermCommand;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * The exit is prepared from day one: when a contract becomes active its exit plan begins (from the
 * contract as its own events show it, on the approver's behalf); an approved amendment's term replaces
 * the one notice is checked against; a monitoring trigger opens a review of the relationship, or joins
 * the one open, on behalf of whoever reported the period. Never during a replay; redelivered events
 * find the plan begun, the term applied or the trigger taken, and change nothing.
 */
@Dependent
@ProcessingGroup(WhenContractActivatedThenPlanExit.PROCESSING_GROUP)
public class WhenContractActivatedThenPlanExit {

    public static final String PROCESSING_GROUP = "exit-policies";
    private static final Logger LOG = Logger.getLogger(WhenContractActivatedThenPlanExit.class.getName());

    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(ContractActivatedEvent event) {
        String exitId = ExitView.exitId(event.contractId());
        if (eventStore.get().lastSequenceNumberFor(exitId).isPresent()) {
            return; // begun already
        }
        ContractView contract = ContractFolds.of(eventStore.get().readEvents(event.contractId()).asStream());
        String currency = contract == null ? null : contract.prices().stream().map(p -> p.quote().currency()).filter(c -> c != null)
                .findFirst().orElse(null);
        var term = contract == null || contract.term() == null ? event.term() : contract.term();
        OnBehalf.send(commands.get(), event.approvedBy(), Role.APPROVER, new StartExitPlanCommand(exitId, event.engagementId(),
                event.contractId(), event.vendorName(), term, event.termination(), currency, event.approvedBy()));
        LOG.info(() -> "Exit plan begun for the contract with " + event.vendorName());
    }

    @EventHandler
    @DisallowReplay
    void on(AmendmentApprovedEvent event) {
        String exitId = ExitView.exitId(event.contractId());
        if (eventStore.get().lastSequenceNumberFor(exitId).isPresent()) {
            OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new UpdateExitTermCommand(exitId, event.version(),
                    event.term(), event.approvedBy()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ReviewTriggeredEvent event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        String exitId = ExitView.exitId(MonitoringView.contractIdOf(event.monitoringId()));
        if (eventStore.get().lastSequenceNumberFor(exitId).isEmpty()) {
            LOG.warning(() -> "Trigger " + event.triggerId() + " has no exit plan to open a review in");
            return;
        }
        OnBehalf.sendUnlessRefused(commands.get(), actor == null ? "system" : actor, Role.PROCUREMENT, new OpenRelationshipReviewCommand(
                exitId, exitId + "-review-" + event.triggerId(), ReviewOrigin.TRIGGER, event.description(), event.triggerId(),
                actor == null ? "system" : actor));
    }
}
