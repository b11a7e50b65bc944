package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.messaging.OnBehalf;
import org.outsourcingdesk.sourcing.api.command.CancelSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.OpenSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * When an engagement's decision to outsource is approved, a sourcing round opens with the decision's
 * scope, on the approver's behalf; when that assessment is reopened, the round is cancelled, on the
 * behalf of the approver who reopened it. A round's id comes from the approval's place in the
 * engagement's stream, so each approval opens one round however often it is seen, and the reopening
 * finds it from the engagement's own events (not from a read model that may lag). Never during a replay.
 */
@Dependent
@ProcessingGroup(WhenOutsourcingApprovedThenOpenSourcingRound.PROCESSING_GROUP)
public class WhenOutsourcingApprovedThenOpenSourcingRound {

    public static final String PROCESSING_GROUP = "sourcing-policies";
    private static final Logger LOG = Logger.getLogger(WhenOutsourcingApprovedThenOpenSourcingRound.class.getName());

    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;
    @Inject
    Instance<EventStore> eventStore;

    @EventHandler
    @DisallowReplay
    void on(AssessmentDecisionApprovedEvent event, @SequenceNumber long sequence) {
        if (event.nextStage() != Stage.SOURCING) {
            return;
        }
        String roundId = SourcingRoundView.roundId(event.engagementId(), sequence);
        if (eventStore.get().lastSequenceNumberFor(roundId).isPresent()) {
            return; // opened already
        }
        int number = (int) approvalsToSourcing(event.engagementId(), sequence).count() + 1;
        send(new OpenSourcingRoundCommand(roundId, event.engagementId(), number, event.channels(), event.regions(),
                event.pricingModels(), event.approvedBy()), event.approvedBy());
        LOG.info(() -> "Sourcing round " + number + " opened for engagement " + event.engagementId().value());
    }

    @EventHandler
    @DisallowReplay
    void on(AssessmentReopenedEvent event, @SequenceNumber long sequence) {
        // the approval this reopening undoes: the last one before it
        var approval = new Object() {
            long sequence = -1;
            boolean toSourcing;
        };
        eventStore.get().readEvents(event.engagementId().value()).asStream()
                .filter(m -> m.getSequenceNumber() < sequence && m.getPayload() instanceof AssessmentDecisionApprovedEvent)
                .forEach(m -> {
                    approval.sequence = m.getSequenceNumber();
                    approval.toSourcing = ((AssessmentDecisionApprovedEvent) m.getPayload()).nextStage() == Stage.SOURCING;
                });
        if (approval.sequence < 0 || !approval.toSourcing) {
            return;
        }
        String roundId = SourcingRoundView.roundId(event.engagementId(), approval.sequence);
        if (eventStore.get().lastSequenceNumberFor(roundId).isEmpty()) {
            return; // never opened (the approval came before sourcing existed and was not seen)
        }
        send(new CancelSourcingRoundCommand(roundId, "the assessment was reopened: " + event.reason(), event.reopenedBy()),
                event.reopenedBy());
    }

    /** The approvals to sourcing in an engagement's stream before {@code sequence}. */
    private java.util.stream.Stream<?> approvalsToSourcing(EngagementId engagementId, long sequence) {
        return eventStore.get().readEvents(engagementId.value()).asStream()
                .filter(m -> m.getSequenceNumber() < sequence && m.getPayload() instanceof AssessmentDecisionApprovedEvent approved
                        && approved.nextStage() == Stage.SOURCING);
    }

    private void send(Object command, String approver) {
        OnBehalf.send(commands.get(), approver, Role.APPROVER, command);
    }
}
