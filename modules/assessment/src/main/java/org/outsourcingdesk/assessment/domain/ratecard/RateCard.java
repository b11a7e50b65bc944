package org.outsourcingdesk.assessment.domain.ratecard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.outsourcingdesk.assessment.api.command.ReviseRateCardCommand;
import org.outsourcingdesk.assessment.api.event.RateCardRevisedEvent;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/**
 * The rate card: the prices outsourcing options are costed with. Each revision is a new version,
 * numbered from 1 (the figures of the seed's price tables); figures computed with it name the
 * version, so an older figure can always be traced to the prices it used.
 * <p>
 * Invariants: versions follow each other without gaps; a revision made from an older version than
 * the current one is refused, so two administrators never overwrite each other unknowingly.
 */
public class RateCard {

    /** There is one rate card. */
    public static final String STANDARD = "rate-card";

    @AggregateIdentifier
    private String rateCardId;
    private int version;

    protected RateCard() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviseRateCardCommand command) {
        if (command.basedOnVersion() != version) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "RateCardChangedMeanwhile",
                    "basedOnVersion", "The rate card is at version " + version + " now, not " + command.basedOnVersion()
                    + "; reload it and make your change again.");
        }
        RateCardRules.check(command.content());
        RateCardRules.checkNote(command.note());
        apply(new RateCardRevisedEvent(command.rateCardId(), version + 1, command.content(),
                command.note() == null ? null : command.note().strip(), command.revisedBy()));
    }

    @EventSourcingHandler
    void on(RateCardRevisedEvent event) {
        rateCardId = event.rateCardId();
        version = event.version();
    }
}
