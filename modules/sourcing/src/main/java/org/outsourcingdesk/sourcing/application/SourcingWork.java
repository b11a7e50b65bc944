package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.command.DropShortlistedVendorCommand;
import org.outsourcingdesk.sourcing.api.command.RecordRequestForProposalCommand;
import org.outsourcingdesk.sourcing.api.command.SetEvaluationCriteriaCommand;
import org.outsourcingdesk.sourcing.api.command.ShortlistVendorCommand;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.query.FindSourcingRoundQuery;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/** An engagement's sourcing round as procurement works it: criteria, shortlist, requests for proposal. */
@ApplicationScoped
public class SourcingWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;
    @Inject
    VendorRegistry registry;

    public Optional<SourcingRoundView> round(EngagementId engagementId) {
        return queries.query(new FindSourcingRoundQuery(engagementId), ResponseTypes.optionalInstanceOf(SourcingRoundView.class))
                .join();
    }

    /** The engagement's round, or a 409 naming why there is none. */
    public SourcingRoundView current(EngagementId engagementId) {
        return round(engagementId).orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT,
                "SourcingRoundOpen", null, "This engagement has no sourcing round: one opens when its outsourcing decision is approved."));
    }

    public boolean setCriteria(EngagementId engagementId, int basedOnRevision, List<Criterion> criteria, String reason, Origin origin) {
        var round = current(engagementId);
        send(new SetEvaluationCriteriaCommand(round.roundId(), basedOnRevision, criteria, reason, origin.username()), origin);
        return await(engagementId, r -> r.criteriaRevision() > basedOnRevision);
    }

    /** Shortlists an active registry vendor as its profile stands now. */
    public boolean shortlist(EngagementId engagementId, String vendorId, Origin origin) {
        var round = current(engagementId);
        var vendor = registry.find(vendorId == null ? "" : vendorId).filter(v -> !v.archived())
                .orElseThrow(() -> new BusinessRuleViolation("VendorInRegistry", "vendorId",
                        "Choose an active vendor of the registry."));
        send(new ShortlistVendorCommand(round.roundId(), vendor.vendorId(), vendor.profile().name(), vendor.version(),
                origin.username()), origin);
        return await(engagementId, r -> r.activeShortlist().stream().anyMatch(e -> e.vendorId().equals(vendorId)));
    }

    public boolean drop(EngagementId engagementId, String vendorId, String reason, Origin origin) {
        var round = current(engagementId);
        send(new DropShortlistedVendorCommand(round.roundId(), vendorId, reason, origin.username()), origin);
        return await(engagementId, r -> r.activeShortlist().stream().noneMatch(e -> e.vendorId().equals(vendorId)));
    }

    public boolean recordRequestForProposal(EngagementId engagementId, String vendorId, LocalDate sentOn, LocalDate dueOn,
                                            Origin origin) {
        var round = current(engagementId);
        send(new RecordRequestForProposalCommand(round.roundId(), vendorId, sentOn, dueOn, origin.username()), origin);
        return await(engagementId, r -> r.shortlist().stream().anyMatch(e -> e.vendorId().equals(vendorId)
                && sentOn.equals(e.rfpSentOn()) && dueOn.equals(e.rfpDueOn())));
    }

    private boolean await(EngagementId engagementId, Predicate<SourcingRoundView> shows) {
        return ReadModels.await(() -> round(engagementId).filter(shows), READ_YOUR_WRITE).isPresent();
    }

    private void send(Object command, Origin origin) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(origin.metadata()));
    }
}
