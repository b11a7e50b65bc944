package org.outsourcingdesk.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.outsourcingdesk.assessment.api.command.MoveEngagementCommand;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementMovedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/**
 * An engagement: one company's decision to outsource some or all of its customer service, from the
 * first assessment to the exit.
 * <p>
 * Lifecycle: it is opened by a procurement analyst with a name, the business unit it serves and the
 * currency its money is counted in, and starts in the {@link Stage#ASSESSMENT assessment} stage.
 * Its {@link Assessment} decides whether to outsource; an approved decision moves it to sourcing (or
 * closes it when service stays in-house), and reopening the assessment brings it back. Later stages
 * move it on with {@link MoveEngagementCommand}, sent by their policies when one of their decisions
 * is approved (a provider selected moves it to contracting).
 * <p>
 * Invariants: a name of at most {@value EngagementRules#NAME_MAX} characters and a business unit of
 * at most {@value EngagementRules#BUSINESS_UNIT_MAX}, neither blank; an ISO 4217 currency; a
 * reference of the form {@code ENG-yyyy-nnnn}.
 */
public class Engagement {

    @AggregateIdentifier
    private EngagementId engagementId;
    private Stage stage;
    @AggregateMember
    private Assessment assessment;

    protected Engagement() {
        // for Axon, which rebuilds the engagement from its events
    }

    @CommandHandler
    public Engagement(OpenEngagementCommand command) {
        EngagementRules.checkOpening(command);
        apply(new EngagementOpenedEvent(command.engagementId(), command.reference(), command.name().strip(),
                command.businessUnit().strip(), command.currency(), command.openedBy()));
    }

    @CommandHandler
    void handle(MoveEngagementCommand command) {
        if (command.to() == null || command.to() == Stage.ASSESSMENT || command.from() == command.to()) {
            throw new IllegalArgumentException("an engagement moves on to a later stage; back to assessment is a reopening");
        }
        if (stage != command.from()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "EngagementInStage", null,
                    "The engagement is in " + stage.label().toLowerCase() + ", not " + command.from().label().toLowerCase()
                            + ", so it cannot move to " + command.to().label().toLowerCase() + ".");
        }
        apply(new EngagementMovedEvent(engagementId, command.from(), command.to(), command.reason(), command.movedBy()));
    }

    @EventSourcingHandler
    void on(EngagementMovedEvent event) {
        stage = event.to();
    }

    @EventSourcingHandler
    void on(EngagementOpenedEvent event) {
        engagementId = event.engagementId();
        stage = Stage.ASSESSMENT;
        assessment = new Assessment(event.currency());
    }

    @EventSourcingHandler
    void on(AssessmentDecisionApprovedEvent event) {
        stage = event.nextStage();
    }

    @EventSourcingHandler
    void on(AssessmentReopenedEvent event) {
        stage = Stage.ASSESSMENT;
    }

    Stage stage() {
        return stage;
    }
}
