package org.outsourcingdesk.contracting.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.outsourcingdesk.assessment.api.command.MoveEngagementCommand;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * A contract signed on or after its first day becomes active at once (one starting later is activated
 * by {@link ContractStarts} on that day); an active contract moves its engagement on to monitoring.
 * Both on behalf of the approver who approved the contract. Never during a replay; a redelivered
 * event finds the contract active or the engagement moved already, which is refused and logged.
 */
@Dependent
@ProcessingGroup(WhenVendorSelectedThenDraftContract.PROCESSING_GROUP)
public class WhenContractSignedThenActivate {


    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;

    Clock clock = Clock.systemUTC();

    @EventHandler
    @DisallowReplay
    void on(ContractSignedEvent event) {
        LocalDate today = LocalDate.now(clock);
        if (!today.isBefore(event.startsOn())) {
            ContractStarts.activate(commands.get(), event.contractId(), today, event.approvedBy());
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ContractActivatedEvent event) {
        OnBehalf.sendUnlessRefused(commands.get(), event.approvedBy(), Role.APPROVER, new MoveEngagementCommand(event.engagementId(),
                Stage.CONTRACTING, Stage.MONITORING, "The contract with " + event.vendorName() + " is active from "
                + event.activatedOn() + "; monitoring starts", event.approvedBy()));
    }
}
