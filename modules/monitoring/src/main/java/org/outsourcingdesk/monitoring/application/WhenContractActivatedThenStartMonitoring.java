package org.outsourcingdesk.monitoring.application;

import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.monitoring.api.command.ApplyContractVersionCommand;
import org.outsourcingdesk.monitoring.api.command.StartMonitoringCommand;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * When a contract becomes active, its monitoring begins, from the contract as its own events show it
 * (read from the event store, folded with the function its view uses, so no read model can lag
 * behind): version 1 and any later version approved before the first day. Each amendment approved
 * afterwards judges the periods from its first day on. On behalf of the approver; never during a
 * replay; a redelivered event finds the monitoring begun or the version applied, and changes nothing.
 */
@Dependent
@ProcessingGroup(WhenContractActivatedThenStartMonitoring.PROCESSING_GROUP)
public class WhenContractActivatedThenStartMonitoring {

    public static final String PROCESSING_GROUP = "monitoring-policies";
    private static final Logger LOG = Logger.getLogger(WhenContractActivatedThenStartMonitoring.class.getName());

    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(ContractActivatedEvent event) {
        String monitoringId = MonitoringView.monitoringId(event.contractId());
        if (eventStore.get().lastSequenceNumberFor(monitoringId).isPresent()) {
            return; // begun already
        }
        ContractView contract = ContractFolds.of(eventStore.get().readEvents(event.contractId()).asStream());
        if (contract == null || contract.versions().isEmpty()) {
            LOG.warning(() -> "Contract " + event.contractId() + " is active without a signed version; monitoring not begun");
            return;
        }
        var versions = contract.versions();
        OnBehalf.send(commands.get(), event.approvedBy(), Role.APPROVER, new StartMonitoringCommand(monitoringId, event.engagementId(),
                event.contractId(), event.vendorName(), versions.get(0), event.termination(), event.approvedBy()));
        for (ContractVersion later : versions.subList(1, versions.size())) {
            OnBehalf.send(commands.get(), later.approvedBy(), Role.APPROVER, new ApplyContractVersionCommand(monitoringId, later, later.approvedBy()));
        }
        LOG.info(() -> "Monitoring begun for the contract with " + event.vendorName());
    }

    @EventHandler
    @DisallowReplay
    void on(AmendmentApprovedEvent event) {
        String monitoringId = MonitoringView.monitoringId(event.contractId());
        if (eventStore.get().lastSequenceNumberFor(monitoringId).isEmpty()) {
            return; // not active yet: the activation brings every version along
        }
        OnBehalf.send(commands.get(), event.approvedBy(), Role.APPROVER, new ApplyContractVersionCommand(monitoringId,
                new ContractVersion(event.version(), event.effectiveFrom(), event.term(), event.serviceLevels(), event.prices(),
                        event.reason(), event.approvedBy(), null), event.approvedBy()));
    }
}
