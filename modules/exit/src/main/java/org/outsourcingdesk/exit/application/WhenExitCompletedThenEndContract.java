package org.outsourcingdesk.exit.application;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.contracting.api.command.EndContractCommand;
import org.outsourcingdesk.contracting.api.model.ContractEnding;
import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.query.ExitFolds;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * A completed exit ends the contract, on behalf of the approver of the ending: terminated for cause or
 * for convenience, or expired, as the approved option said (read from the exit case's own events), on
 * the day the vendor's service ended. Renewing or renegotiating never completes an exit, so never ends a
 * contract. Never during a replay; a redelivery finds the contract ended by this exit and changes nothing.
 */
@Dependent
@ProcessingGroup(WhenContractActivatedThenPlanExit.PROCESSING_GROUP)
public class WhenExitCompletedThenEndContract {

    private static final Logger LOG = Logger.getLogger(WhenExitCompletedThenEndContract.class.getName());

    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(ExitCompletedEvent event) {
        endContract(event, commands.get(), eventStore.get());
    }

    /** What the handler does, with the gateway and the event store given (a test gives its own). */
    static void endContract(ExitCompletedEvent event, CommandGateway commands, EventStore eventStore) {
        ExitView exit = null;
        for (EventMessage<?> message : eventStore.readEvents(event.exitId()).asStream().toList()) {
            exit = ExitFolds.exit(exit, message.getPayload(), message.getTimestamp());
        }
        var ending = Optional.ofNullable(exit).flatMap(ExitView::ending).map(r -> endingOf(r.decision().option()));
        if (ending.isEmpty()) {
            LOG.warning(() -> "The exit " + event.exitId() + " completed without an approved ending; its contract is left as it is");
            return;
        }
        String contractId = exit.contractId() == null ? ExitView.contractIdOf(event.exitId()) : exit.contractId();
        OnBehalf.sendUnlessRefused(commands, event.approvedBy(), Role.APPROVER, new EndContractCommand(contractId, ending.get(),
                event.serviceEndedOn(), event.exitId(), event.approvedBy()));
    }

    /** The contract's ending for an option that ends the relationship; null for one that does not. */
    static ContractEnding endingOf(ExitOption option) {
        return switch (option) {
            case TERMINATE_FOR_CAUSE -> ContractEnding.TERMINATED_FOR_CAUSE;
            case TERMINATE_FOR_CONVENIENCE -> ContractEnding.TERMINATED_FOR_CONVENIENCE;
            case LET_EXPIRE -> ContractEnding.EXPIRED;
            case RENEW, RENEGOTIATE -> null;
        };
    }
}
