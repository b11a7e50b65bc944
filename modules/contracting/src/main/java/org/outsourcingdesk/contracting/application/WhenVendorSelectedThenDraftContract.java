package org.outsourcingdesk.contracting.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.contracting.api.command.DraftContractCommand;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.messaging.OnBehalf;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;

/**
 * When a round's selection is approved, a draft contract opens with the selected vendor, prefilled
 * with its quotes as they were selected, on the approver's behalf. The contract's id comes from the
 * round's, so a redelivered selection finds its contract in the event store and drafts nothing.
 * Never during a replay.
 */
@Dependent
@ProcessingGroup(WhenVendorSelectedThenDraftContract.PROCESSING_GROUP)
public class WhenVendorSelectedThenDraftContract {

    public static final String PROCESSING_GROUP = "contracting-policies";
    private static final Logger LOG = Logger.getLogger(WhenVendorSelectedThenDraftContract.class.getName());

    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(VendorSelectedEvent event) {
        String contractId = ContractView.contractId(event.roundId());
        if (eventStore.get().lastSequenceNumberFor(contractId).isPresent()) {
            return; // drafted already
        }
        var prices = event.shortlist().stream().filter(v -> v.vendorId().equals(event.vendorId())).findFirst()
                .map(v -> v.quotes()).orElse(List.of());
        OnBehalf.send(commands.get(), event.approvedBy(), Role.APPROVER, new DraftContractCommand(contractId, event.engagementId(),
                event.roundId(), event.vendorId(), event.vendorName(), prices, event.approvedBy()));
        LOG.info(() -> "Contract drafted with " + event.vendorName() + " for engagement " + event.engagementId().value());
    }
}
