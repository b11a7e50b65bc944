package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.outsourcingdesk.assessment.api.command.MoveEngagementCommand;
import org.outsourcingdesk.assessment.api.command.ReopenAssessmentCommand;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.messaging.OnBehalf;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundEndedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;

/**
 * When a round's selection is approved, the engagement moves on to contracting; when an approver ends
 * a round with no suitable vendor, the engagement's assessment is reopened with that reason. Both on
 * the approver's behalf, who holds the role those commands need. Never during a replay; a redelivered
 * event finds the engagement moved or reopened already, which is refused and logged, changing nothing.
 */
@Dependent
@ProcessingGroup(WhenOutsourcingApprovedThenOpenSourcingRound.PROCESSING_GROUP)
public class WhenRoundDecidedThenMoveEngagement {


    // looked up when an event comes, not when the handler is built: Axon is not started then
    @Inject
    Instance<CommandGateway> commands;

    @EventHandler
    @DisallowReplay
    void on(VendorSelectedEvent event) {
        send(new MoveEngagementCommand(event.engagementId(), Stage.SOURCING, Stage.CONTRACTING,
                "Selected " + event.vendorName() + "; contracting starts", event.approvedBy()), event.approvedBy());
    }

    @EventHandler
    @DisallowReplay
    void on(SourcingRoundEndedEvent event) {
        send(new ReopenAssessmentCommand(event.engagementId(), "Sourcing round " + event.number()
                + " found no suitable vendor: " + event.reason(), event.endedBy()), event.endedBy());
    }

    private void send(Object command, String approver) {
        OnBehalf.sendUnlessRefused(commands.get(), approver, Role.APPROVER, command);
    }
}
