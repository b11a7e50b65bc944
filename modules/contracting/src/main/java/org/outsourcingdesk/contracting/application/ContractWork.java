package org.outsourcingdesk.contracting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.contracting.api.command.DecideContractCommand;
import org.outsourcingdesk.contracting.api.command.ProposeAmendmentCommand;
import org.outsourcingdesk.contracting.api.command.RecordSignatureCommand;
import org.outsourcingdesk.contracting.api.command.ReviewContractLegallyCommand;
import org.outsourcingdesk.contracting.api.command.SetContractTermCommand;
import org.outsourcingdesk.contracting.api.command.SetTerminationTermsCommand;
import org.outsourcingdesk.contracting.api.command.SubmitContractForReviewCommand;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.contracting.api.command.SetDataTermsCommand;
import org.outsourcingdesk.contracting.api.command.SetGovernanceCommand;
import org.outsourcingdesk.contracting.api.command.SetServiceLevelsCommand;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.FindContractQuery;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;

/**
 * An engagement's contract as procurement drafts it, legal reviews it, an approver approves it and
 * its signatures are recorded. Each call waits until the contract shows the change.
 */
@ApplicationScoped
public class ContractWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    Clock clock = Clock.systemUTC();

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    public Optional<ContractView> contract(EngagementId engagementId) {
        return queries.query(new FindContractQuery(engagementId), ResponseTypes.optionalInstanceOf(ContractView.class)).join();
    }

    /** The engagement's contract, or a 409 naming why there is none. */
    public ContractView current(EngagementId engagementId) {
        return contract(engagementId).orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT,
                "ContractDrafted", null, "This engagement has no contract: one is drafted when a vendor's selection is approved."));
    }

    public boolean setTerm(EngagementId engagementId, ContractTerm term, Origin origin) {
        var contract = current(engagementId);
        send(new SetContractTermCommand(contract.contractId(), term, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    public boolean setServiceLevels(EngagementId engagementId, ServiceLevels levels, Origin origin) {
        var contract = current(engagementId);
        send(new SetServiceLevelsCommand(contract.contractId(), levels, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    public boolean setGovernance(EngagementId engagementId, Governance governance, Origin origin) {
        var contract = current(engagementId);
        send(new SetGovernanceCommand(contract.contractId(), governance, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    public boolean setDataTerms(EngagementId engagementId, DataTerms terms, Origin origin) {
        var contract = current(engagementId);
        send(new SetDataTermsCommand(contract.contractId(), terms, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    public boolean setTermination(EngagementId engagementId, TerminationTerms termination, Origin origin) {
        var contract = current(engagementId);
        send(new SetTerminationTermsCommand(contract.contractId(), termination, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    public boolean submit(EngagementId engagementId, Origin origin) {
        var contract = current(engagementId);
        send(new SubmitContractForReviewCommand(contract.contractId(), origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    /** Legal review's verdict: pass, or changes requested with a comment. */
    public boolean reviewLegally(EngagementId engagementId, boolean pass, String comment, Origin origin) {
        var contract = current(engagementId);
        send(new ReviewContractLegallyCommand(contract.contractId(), pass, comment, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    /** An approver's verdict: approve for signature, or changes requested with a comment. */
    public boolean decide(EngagementId engagementId, boolean approve, String comment, Origin origin) {
        var contract = current(engagementId);
        send(new DecideContractCommand(contract.contractId(), approve, comment, origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    /** Records a party's signature; the second one signs the contract, which is active at once from its first day on. */
    public boolean recordSignature(EngagementId engagementId, Party party, String signatory, LocalDate signedOn, Origin origin) {
        var contract = current(engagementId);
        send(new RecordSignatureCommand(contract.contractId(), party, signatory, signedOn, LocalDate.now(clock), origin.username()),
                origin);
        int parties = Party.values().length;
        LocalDate today = LocalDate.now(clock);
        // the last signature signs the contract (a second event), which is active at once when its first day has come
        return await(engagementId, c -> c.signatures().size() > contract.signatures().size() && (c.signatures().size() < parties
                || c.status() == ContractStatus.ACTIVE || c.status() == ContractStatus.SIGNED && c.term().startsOn().isAfter(today)));
    }

    /** Proposes an amendment of the signed contract; it goes to legal review. */
    public boolean proposeAmendment(EngagementId engagementId, LocalDate effectiveFrom, String reason, ContractTerm term,
                                    ServiceLevels levels, List<RateChange> rates, Origin origin) {
        var contract = current(engagementId);
        send(new ProposeAmendmentCommand(contract.contractId(), effectiveFrom, reason, term, levels, rates, LocalDate.now(clock),
                origin.username()), origin);
        return await(engagementId, changedSince(contract.changedAt()));
    }

    private static Predicate<ContractView> changedSince(Instant before) {
        return c -> c.changedAt().isAfter(before);
    }

    private boolean await(EngagementId engagementId, Predicate<ContractView> shows) {
        return ReadModels.await(() -> contract(engagementId).filter(shows), READ_YOUR_WRITE).isPresent();
    }

    private void send(Object command, Origin origin) {
        origin.send(commands, command);
    }
}
