package org.outsourcingdesk.exit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.exit.api.command.AddTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.CompleteExitCommand;
import org.outsourcingdesk.exit.api.command.CompleteTransitionTaskCommand;
import org.outsourcingdesk.exit.api.command.DecideExitOptionCommand;
import org.outsourcingdesk.exit.api.command.OpenRelationshipReviewCommand;
import org.outsourcingdesk.exit.api.command.ProposeExitOptionCommand;
import org.outsourcingdesk.exit.api.command.RecordFinalSettlementCommand;
import org.outsourcingdesk.exit.api.command.ServeNoticeCommand;
import org.outsourcingdesk.exit.api.command.UpdateReadinessItemCommand;
import org.outsourcingdesk.exit.api.command.WaiveTransitionTaskCommand;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.api.query.FindExitQuery;
import org.outsourcingdesk.exit.domain.ExitCosts;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;

/**
 * An engagement's exit as procurement and approvers work it: the readiness checklist, the cost of each
 * option, reviews proposed and decided, notice, transition tasks, settlement and completion. Each call
 * waits until the exit shows the change.
 */
@ApplicationScoped
public class ExitWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    Clock clock = Clock.systemUTC();

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;
    @Inject
    ExitFigures figures;

    public Optional<ExitView> exit(EngagementId engagementId) {
        return queries.query(new FindExitQuery(engagementId), ResponseTypes.optionalInstanceOf(ExitView.class)).join();
    }

    /** The engagement's exit case, or a 409 naming why there is none. */
    public ExitView current(EngagementId engagementId) {
        return exit(engagementId).orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ExitPlanBegun", null,
                "This engagement has no exit plan yet: it begins when its contract becomes active."));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every option's cost over the horizon as of today, from the figures as they stand now. */
    public CostComparison compare(EngagementId engagementId, ReviewInputs inputs) {
        var exit = current(engagementId);
        checkInputs(inputs);
        return ExitCosts.compare(inputs, figures.of(engagementId, exit.currency()), exit.term(), exit.termination(), today());
    }

    private static void checkInputs(ReviewInputs inputs) {
        if (inputs == null) {
            return;
        }
        if (inputs.horizonMonths() != null && (inputs.horizonMonths() < 1 || inputs.horizonMonths() > 60)) {
            throw new BusinessRuleViolation("HorizonInRange", "inputs.horizonMonths", "Compare over 1 to 60 months.");
        }
        if (inputs.parallelRunMonths() != null && (inputs.parallelRunMonths() < 0 || inputs.parallelRunMonths() > 24)) {
            throw new BusinessRuleViolation("ParallelRunInRange", "inputs.parallelRunMonths", "A parallel run lasts 0 to 24 months.");
        }
        if (inputs.sourcingRoundCost() != null && inputs.sourcingRoundCost().signum() < 0) {
            throw new BusinessRuleViolation("AmountNotNegative", "inputs.sourcingRoundCost", "A sourcing round's cost is not negative.");
        }
        if (inputs.renegotiationSavingPercent() != null && (inputs.renegotiationSavingPercent().signum() < 0
                || inputs.renegotiationSavingPercent().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleViolation("PercentWithin0To100", "inputs.renegotiationSavingPercent", "A saving is between 0 and 100 %.");
        }
    }

    public boolean updateItem(EngagementId engagementId, ReadinessItem item, String owner, LocalDate dueOn, ItemStatus status, String note,
                              Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new UpdateReadinessItemCommand(exit.exitId(), item, owner, dueOn, status, note, today(), origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean openReview(EngagementId engagementId, String reason, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new OpenRelationshipReviewCommand(exit.exitId(), UUID.randomUUID().toString(), ReviewOrigin.BY_HAND, reason,
                null, origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    /** Proposes an option with the cost comparison made now, from the analyst's inputs. */
    public boolean propose(EngagementId engagementId, ExitOption option, String rationale, String evidence, ReviewInputs inputs,
                           Origin origin) {
        var exit = current(engagementId);
        var comparison = compare(engagementId, inputs);
        origin.send(commands, new ProposeExitOptionCommand(exit.exitId(), option, rationale, evidence, comparison, origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean decide(EngagementId engagementId, boolean approve, String comment, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new DecideExitOptionCommand(exit.exitId(), approve, comment, origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean serveNotice(EngagementId engagementId, LocalDate servedOn, LocalDate endsOn, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new ServeNoticeCommand(exit.exitId(), servedOn, endsOn, today(), origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean addTask(EngagementId engagementId, TransitionTask task, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new AddTransitionTaskCommand(exit.exitId(), UUID.randomUUID().toString(), task, origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean completeTask(EngagementId engagementId, String taskId, LocalDate completedOn, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new CompleteTransitionTaskCommand(exit.exitId(), taskId, completedOn, today(), origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean waiveTask(EngagementId engagementId, String taskId, String reason, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new WaiveTransitionTaskCommand(exit.exitId(), taskId, reason, origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean settle(EngagementId engagementId, Settlement settlement, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new RecordFinalSettlementCommand(exit.exitId(), settlement, today(), origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    public boolean complete(EngagementId engagementId, ReturnPath path, LocalDate serviceEndedOn, Origin origin) {
        var exit = current(engagementId);
        origin.send(commands, new CompleteExitCommand(exit.exitId(), path, serviceEndedOn, today(), origin.username()));
        return await(engagementId, changedSince(exit.changedAt()));
    }

    private static Predicate<ExitView> changedSince(Instant before) {
        return e -> e.changedAt().isAfter(before);
    }

    private boolean await(EngagementId engagementId, Predicate<ExitView> shows) {
        return ReadModels.await(() -> exit(engagementId).filter(shows), READ_YOUR_WRITE).isPresent();
    }
}
