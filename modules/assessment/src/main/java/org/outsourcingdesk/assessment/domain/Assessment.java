package org.outsourcingdesk.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.outsourcingdesk.kernel.BusinessRuleViolation.Kind.CONFLICT;
import static org.outsourcingdesk.kernel.BusinessRuleViolation.Kind.FORBIDDEN;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.outsourcingdesk.assessment.api.command.ApproveAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.ProposeAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.RecordCostBaselineCommand;
import org.outsourcingdesk.assessment.api.command.RecordDemandProfileCommand;
import org.outsourcingdesk.assessment.api.command.RecordQualitativeFactorsCommand;
import org.outsourcingdesk.assessment.api.command.RejectAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.ReopenAssessmentCommand;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.CostBaselineRecordedEvent;
import org.outsourcingdesk.assessment.api.event.DemandProfileRecordedEvent;
import org.outsourcingdesk.assessment.api.event.QualitativeFactorsRecordedEvent;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/**
 * The assessment of an engagement: should its customer service be outsourced, which part, where and
 * how, and what will it save?
 * <p>
 * Lifecycle: <em>in progress</em> while the analyst records the demand profile, the in-house cost
 * baseline and the qualitative factors (each replaces the one before); <em>proposed</em> once the
 * analyst proposes a decision, which freezes the inputs and stores every figure the decision rests
 * on; <em>decided</em> when an approver approves it (the engagement moves on), or back <em>in
 * progress</em> when the approver rejects it. A decided assessment is reopened, with a reason, only
 * to change it; the history keeps every decision.
 * <p>
 * Invariants: no decision without a demand profile and a cost baseline; a rationale of at least a
 * sentence; the approver is never the proposer; nothing is edited while proposed or decided.
 */
public class Assessment {

    private final String currency;
    private DemandProfile demand;
    private CostBaseline baseline;
    private QualitativeFactors factors;
    private AssessmentStatus status = AssessmentStatus.IN_PROGRESS;
    private AssessmentDecisionProposedEvent proposal;
    private AssessmentDecisionApprovedEvent decision;

    Assessment(String currency) {
        this.currency = currency;
    }

    @CommandHandler
    void handle(RecordDemandProfileCommand command) {
        requireEditable();
        var profile = command.profile() == null ? null : command.profile().normalized();
        AssessmentRules.checkDemand(profile);
        apply(new DemandProfileRecordedEvent(command.engagementId(), profile, command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordCostBaselineCommand command) {
        requireEditable();
        AssessmentRules.checkBaseline(command.baseline());
        if (command.baseline().currency() != null && !command.baseline().currency().equals(currency)) {
            throw new BusinessRuleViolation("BaselineInEngagementCurrency", "currency", "The engagement counts in "
                    + currency + "; give the in-house costs in " + currency + ", not " + command.baseline().currency() + ".");
        }
        apply(new CostBaselineRecordedEvent(command.engagementId(), command.baseline().in(currency), command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordQualitativeFactorsCommand command) {
        requireEditable();
        AssessmentRules.checkFactors(command.factors());
        apply(new QualitativeFactorsRecordedEvent(command.engagementId(), command.factors(), command.recordedBy()));
    }

    @CommandHandler
    void handle(ProposeAssessmentDecisionCommand command) {
        requireEditable();
        DecisionRules.checkProposal(command, demand, baseline, currency);
        var figures = AssessmentCalculator.figures(currency, demand, baseline, factors, command.rateCard(),
                command.conversion());
        var outcome = command.outcome();
        apply(new AssessmentDecisionProposedEvent(command.engagementId(), outcome,
                outcome.sourcesSomething() ? List.copyOf(command.channels()) : List.of(),
                outcome.sourcesSomething() && command.regions() != null ? List.copyOf(command.regions()) : List.of(),
                outcome.usesProviders() ? List.copyOf(command.pricingModels()) : List.of(), command.rationale().strip(),
                command.proposedBy(), figures));
    }

    @CommandHandler
    void handle(ApproveAssessmentDecisionCommand command) {
        requireProposal("approve");
        if (proposal.proposedBy().equals(command.approvedBy())) {
            throw new BusinessRuleViolation(FORBIDDEN, "ApproverMustDifferFromProposer", null,
                    "You proposed this decision; another approver must approve it.");
        }
        DecisionRules.checkComment(command.comment(), false);
        apply(new AssessmentDecisionApprovedEvent(command.engagementId(), proposal.outcome(), proposal.channels(),
                proposal.regions(), proposal.pricingModels(), proposal.rationale(), proposal.proposedBy(),
                command.approvedBy(), blankToNull(command.comment()), proposal.figures(), proposal.outcome().nextStage()));
    }

    @CommandHandler
    void handle(RejectAssessmentDecisionCommand command) {
        requireProposal("reject");
        if (proposal.proposedBy().equals(command.rejectedBy())) {
            throw new BusinessRuleViolation(FORBIDDEN, "ApproverMustDifferFromProposer", null,
                    "You proposed this decision; another approver must reject it (or approve it).");
        }
        DecisionRules.checkComment(command.comment(), true);
        apply(new AssessmentDecisionRejectedEvent(command.engagementId(), proposal.outcome(), proposal.proposedBy(),
                command.rejectedBy(), command.comment().strip()));
    }

    @CommandHandler
    void handle(ReopenAssessmentCommand command) {
        if (status != AssessmentStatus.DECIDED) {
            throw new BusinessRuleViolation(CONFLICT, "OnlyDecidedAssessmentsReopen", null,
                    "Only a decided assessment can be reopened; this one is " + status.label().toLowerCase() + ".");
        }
        DecisionRules.checkReason(command.reason());
        apply(new AssessmentReopenedEvent(command.engagementId(), decision.outcome(), decision.nextStage(),
                command.reason().strip(), command.reopenedBy()));
    }

    @EventSourcingHandler
    void on(DemandProfileRecordedEvent event) {
        demand = event.profile();
    }

    @EventSourcingHandler
    void on(CostBaselineRecordedEvent event) {
        baseline = event.baseline();
    }

    @EventSourcingHandler
    void on(QualitativeFactorsRecordedEvent event) {
        factors = event.factors();
    }

    @EventSourcingHandler
    void on(AssessmentDecisionProposedEvent event) {
        status = AssessmentStatus.PROPOSED;
        proposal = event;
    }

    @EventSourcingHandler
    void on(AssessmentDecisionApprovedEvent event) {
        status = AssessmentStatus.DECIDED;
        decision = event;
        proposal = null;
    }

    @EventSourcingHandler
    void on(AssessmentDecisionRejectedEvent event) {
        status = AssessmentStatus.IN_PROGRESS;
        proposal = null;
    }

    @EventSourcingHandler
    void on(AssessmentReopenedEvent event) {
        status = AssessmentStatus.IN_PROGRESS;
        decision = null;
    }

    private void requireEditable() {
        if (status == AssessmentStatus.PROPOSED) {
            throw new BusinessRuleViolation(CONFLICT, "AssessmentUnderReview", null,
                    "A decision has been proposed and waits for an approver; it cannot be changed until it is approved or rejected.");
        }
        if (status == AssessmentStatus.DECIDED) {
            throw new BusinessRuleViolation(CONFLICT, "DecidedAssessmentIsReadOnly", null,
                    "The assessment is decided; reopen it with a reason to change it.");
        }
    }

    private void requireProposal(String action) {
        if (status != AssessmentStatus.PROPOSED) {
            throw new BusinessRuleViolation(CONFLICT, "NoProposalToDecide", null,
                    "There is no proposed decision to " + action + "; the assessment is " + status.label().toLowerCase() + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    AssessmentStatus status() {
        return status;
    }
}
