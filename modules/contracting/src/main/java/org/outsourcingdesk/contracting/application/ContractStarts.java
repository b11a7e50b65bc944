package org.outsourcingdesk.contracting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.contracting.api.command.ActivateContractCommand;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.FindContractsDueToStartQuery;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.jobs.HourlyJob;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * Makes signed contracts active on their first day: at start-up and then every hour, each signed
 * contract whose first day has come is activated, on behalf of the approver who approved it. A
 * contract signed on or after its first day is activated at once by {@link WhenContractSignedThenActivate}.
 * On several nodes each may try; the contract takes the first and refuses the rest.
 */
@ApplicationScoped
public class ContractStarts {

    private static final Logger LOG = Logger.getLogger(ContractStarts.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    void start(@Observes DeskStarted started) {
        schedule = HourlyJob.schedule(scheduler, 5, this::activateDue, LOG, "activate the contracts due to start");
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Activates every signed contract whose first day has come; answers how many. */
    public int activateDue() {
        LocalDate today = LocalDate.now(clock);
        var due = queries.query(new FindContractsDueToStartQuery(today), ResponseTypes.multipleInstancesOf(ContractView.class)).join();
        int activated = 0;
        for (ContractView contract : due) {
            if (activate(commands, contract.contractId(), today, contract.approvedBy())) {
                activated++;
            }
        }
        return activated;
    }

    /** Sends the activation on the approver's behalf; false when the contract refuses it (active already, not started). */
    static boolean activate(CommandGateway commands, String contractId, LocalDate today, String approver) {
        boolean activated = OnBehalf.sendUnlessRefused(commands, approver, Role.APPROVER,
                new ActivateContractCommand(contractId, today, approver));
        if (activated) {
            LOG.info(() -> "Contract " + contractId + " is active from " + today);
        }
        return activated;
    }
}
