package org.outsourcingdesk.sourcing.domain.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.command.CancelSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.DropShortlistedVendorCommand;
import org.outsourcingdesk.sourcing.api.command.OpenSourcingRoundCommand;
import org.outsourcingdesk.sourcing.api.command.RecordRequestForProposalCommand;
import org.outsourcingdesk.sourcing.api.command.SetEvaluationCriteriaCommand;
import org.outsourcingdesk.sourcing.api.command.ShortlistVendorCommand;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.RequestForProposalRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ShortlistedVendorDroppedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundCancelledEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.EvaluationTemplate;

/**
 * A sourcing round: the search for a provider for an engagement whose outsourcing was approved. It
 * opens with the decision's scope and the standard criteria; the analyst sets the criteria and their
 * weights, shortlists vendors from the registry and records the request for proposal sent to each.
 * (Quotes, due diligence, test calls, scores and the selection follow.)
 * <p>
 * A round whose decision no longer stands (the assessment was reopened) is cancelled and changes no
 * more.
 * <p>
 * Invariants: weights are whole percents summing to 100 over distinct, named criteria; a criteria
 * change is made from the current revision; a vendor is on the shortlist once; a request for
 * proposal goes only to a vendor on the shortlist, and is due after it is sent.
 */
public class SourcingRound {

    @AggregateIdentifier
    private String roundId;
    private EngagementId engagementId;
    private int criteriaRevision;
    private boolean cancelled;
    /** Shortlisted vendors still on the list, by id, with their names. */
    private final Map<String, String> shortlist = new LinkedHashMap<>();

    protected SourcingRound() {
    }

    @CommandHandler
    public SourcingRound(OpenSourcingRoundCommand command) {
        apply(new SourcingRoundOpenedEvent(command.engagementId(), command.roundId(), command.number(), command.channels(),
                command.regions(), command.pricingModels(), EvaluationTemplate.standard(), command.openedBy()));
    }

    /** Idempotent: a round cancelled already stays as it is. */
    @CommandHandler
    void handle(CancelSourcingRoundCommand command) {
        if (!cancelled) {
            apply(new SourcingRoundCancelledEvent(engagementId, roundId, command.reason(), command.cancelledBy()));
        }
    }

    private void open() {
        if (cancelled) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "RoundOpen", null,
                    "This sourcing round was cancelled; it changes no more.");
        }
    }

    @CommandHandler
    void handle(SetEvaluationCriteriaCommand command) {
        open();
        if (command.basedOnRevision() != criteriaRevision) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "CriteriaChangedMeanwhile", "basedOnRevision",
                    "The criteria are at revision " + criteriaRevision + " now, not " + command.basedOnRevision()
                            + "; reload them and make your change again.");
        }
        List<Criterion> criteria = checkCriteria(command.criteria());
        apply(new EvaluationCriteriaSetEvent(engagementId, roundId, criteriaRevision + 1, criteria,
                command.reason() == null || command.reason().isBlank() ? null : command.reason().strip(), command.setBy()));
    }

    @CommandHandler
    void handle(ShortlistVendorCommand command) {
        open();
        if (shortlist.containsKey(command.vendorId())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ShortlistedOnce", "vendorId",
                    command.vendorName() + " is on the shortlist already.");
        }
        apply(new VendorShortlistedEvent(engagementId, roundId, command.vendorId(), command.vendorName(), command.vendorVersion(),
                command.shortlistedBy()));
    }

    @CommandHandler
    void handle(DropShortlistedVendorCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.reason() == null || command.reason().strip().length() < 5) {
            throw new BusinessRuleViolation("DropReasonRequired", "reason", "Say why " + name + " leaves the shortlist.");
        }
        apply(new ShortlistedVendorDroppedEvent(engagementId, roundId, command.vendorId(), name, command.reason().strip(),
                command.droppedBy()));
    }

    @CommandHandler
    void handle(RecordRequestForProposalCommand command) {
        open();
        String name = onShortlist(command.vendorId());
        if (command.sentOn() == null) {
            throw new BusinessRuleViolation("RfpSentOnRequired", "sentOn", "Give the day the request for proposal was sent.");
        }
        if (command.dueOn() == null || !command.dueOn().isAfter(command.sentOn())) {
            throw new BusinessRuleViolation("RfpDueAfterSent", "dueOn", "The answer is due after the day the request was sent.");
        }
        apply(new RequestForProposalRecordedEvent(engagementId, roundId, command.vendorId(), name, command.sentOn(),
                command.dueOn(), command.recordedBy()));
    }

    private String onShortlist(String vendorId) {
        String name = shortlist.get(vendorId);
        if (name == null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorOnShortlist", "vendorId",
                    "That vendor is not on this round's shortlist.");
        }
        return name;
    }

    /** The criteria tidied, after every rule of them held. */
    static List<Criterion> checkCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new BusinessRuleViolation("CriteriaRequired", "criteria", "Give at least one criterion.");
        }
        var names = new HashSet<String>();
        var codes = new HashSet<String>();
        int sum = 0;
        var tidy = new java.util.ArrayList<Criterion>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null || c.name() == null || c.name().isBlank() || c.name().strip().length() > 120) {
                throw new BusinessRuleViolation("CriterionNamed", field + ".name", "Name each criterion (at most 120 characters).");
            }
            if (c.weightPercent() < 0 || c.weightPercent() > 100) {
                throw new BusinessRuleViolation("WeightInRange", field + ".weightPercent", "A weight is 0 to 100 %.");
            }
            String code = c.code() == null || c.code().isBlank()
                    ? c.name().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "")
                    : c.code().strip();
            if (!names.add(c.name().strip().toLowerCase(Locale.ROOT)) || !codes.add(code)) {
                throw new BusinessRuleViolation("CriteriaDistinct", field + ".name", c.name().strip() + " is listed twice.");
            }
            sum += c.weightPercent();
            tidy.add(new Criterion(code, c.name().strip(), c.weightPercent()));
        }
        if (sum != 100) {
            throw new BusinessRuleViolation("WeightsSumTo100", "criteria", "The weights sum to " + sum + " %, not 100 %.");
        }
        return List.copyOf(tidy);
    }

    @EventSourcingHandler
    void on(SourcingRoundOpenedEvent event) {
        roundId = event.roundId();
        engagementId = event.engagementId();
        criteriaRevision = 1;
    }

    @EventSourcingHandler
    void on(SourcingRoundCancelledEvent event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(EvaluationCriteriaSetEvent event) {
        criteriaRevision = event.revision();
    }

    @EventSourcingHandler
    void on(VendorShortlistedEvent event) {
        shortlist.put(event.vendorId(), event.vendorName());
    }

    @EventSourcingHandler
    void on(ShortlistedVendorDroppedEvent event) {
        shortlist.remove(event.vendorId());
    }
}
