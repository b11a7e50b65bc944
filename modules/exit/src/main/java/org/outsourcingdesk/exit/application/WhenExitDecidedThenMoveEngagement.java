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
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.command.MoveEngagementCommand;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.monitoring.api.command.CloseTriggersCommand;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.messaging.OnBehalf;
import org.outsourcingdesk.sourcing.api.command.OpenSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.query.FindSourcingRoundQuery;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * What an exit decision sets going, on behalf of its approver: an approved review closes the monitoring
 * triggers it answered, and an approved ending moves the engagement from monitoring to exit; a completed
 * exit closes the engagement (back in-house) or opens a new sourcing round for it with the contract's
 * scope and moves it to sourcing. Never during a replay; what was done already is refused and logged.
 */
@Dependent
@ProcessingGroup(WhenContractActivatedThenPlanExit.PROCESSING_GROUP)
public class WhenExitDecidedThenMoveEngagement {

    private static final Logger LOG = Logger.getLogger(WhenExitDecidedThenMoveEngagement.class.getName());

    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<QueryGateway> queries;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(ExitOptionApprovedEvent event) {
        String contractId = ExitView.contractIdOf(event.exitId());
        if (!event.triggerIds().isEmpty()) {
            OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new CloseTriggersCommand(
                    MonitoringView.monitoringId(contractId), event.triggerIds(), "The review decided: " + event.option().label().toLowerCase(),
                    event.approvedBy()));
        }
        if (event.option().ends()) {
            OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new MoveEngagementCommand(event.engagementId(),
                    Stage.MONITORING, Stage.EXIT, "Approved to " + event.option().label().toLowerCase(), event.approvedBy()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ExitCompletedEvent event) {
        if (event.path() == ReturnPath.IN_HOUSE) {
            OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new MoveEngagementCommand(event.engagementId(),
                    Stage.EXIT, Stage.CLOSED, "The vendor's service ended on " + event.serviceEndedOn() + "; the service is back in-house",
                    event.approvedBy()));
            return;
        }
        String roundId = ExitView.newRoundId(event.exitId());
        if (eventStore.get().lastSequenceNumberFor(roundId).isEmpty()) {
            String contractId = ExitView.contractIdOf(event.exitId());
            ContractView contract = ContractFolds.of(eventStore.get().readEvents(contractId).asStream());
            var prices = contract == null ? java.util.List.<org.outsourcingdesk.sourcing.api.model.RoundQuote>of() : contract.prices();
            int number = queries.get().query(new FindSourcingRoundQuery(event.engagementId()),
                    ResponseTypes.optionalInstanceOf(SourcingRoundView.class)).join().map(SourcingRoundView::number).orElse(0) + 1;
            OnBehalf.send(commands.get(), event.approvedBy(), Role.APPROVER, new OpenSourcingRoundCommand(roundId, event.engagementId(), number,
                    prices.stream().map(p -> p.channel()).distinct().toList(), prices.stream().map(p -> p.region()).distinct().toList(),
                    prices.stream().map(p -> p.quote().pricingModel()).distinct().toList(), event.approvedBy()));
            LOG.info(() -> "Sourcing round " + number + " opened after the exit of " + contractId);
        }
        OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new MoveEngagementCommand(event.engagementId(),
                Stage.EXIT, Stage.SOURCING, "The vendor's service ended on " + event.serviceEndedOn() + "; a new sourcing round is open",
                event.approvedBy()));
    }
}
