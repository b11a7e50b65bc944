package org.outsourcingdesk.contracting.domain.contract;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.contracting.api.command.DraftContractCommand;
import org.outsourcingdesk.contracting.api.command.SetContractTermCommand;
import org.outsourcingdesk.contracting.api.command.SetDataTermsCommand;
import org.outsourcingdesk.contracting.api.command.SetGovernanceCommand;
import org.outsourcingdesk.contracting.api.command.SetServiceLevelsCommand;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.event.ContractTermSetEvent;
import org.outsourcingdesk.contracting.api.event.DataTermsSetEvent;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.event.GovernanceSetEvent;
import org.outsourcingdesk.contracting.api.model.Cadence;
import org.outsourcingdesk.contracting.api.model.EscalationLevel;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.Responsibility;
import org.outsourcingdesk.contracting.api.event.ServiceLevelsSetEvent;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * A contract with the vendor a sourcing round selected. It is drafted from the selection, prefilled
 * with the selected quotes; procurement completes its term, SLAs, governance and data terms
 * (termination, legal review, approval and signature follow).
 * <p>
 * Invariants: the term ends after it starts; an automatic renewal says for how many months; every
 * notice period is shorter than the term; an SLA names its metric once, with a target in the metric's
 * range, the threshold the metric needs (and none it does not), a period and a credit that is not
 * negative and within the cap on a period's credits; governance names the internal liaison and the
 * vendor's account manager, gives every role its side and duty, and has at least one escalation level,
 * each with whom to call and a response time; the data terms give the share of calls recorded, how
 * long recordings are kept, who may access them, and how and how soon data is returned and destroyed.
 */
public class Contract {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private String contractId;
    private EngagementId engagementId;
    /** The contract as its own events show it (the function the live view uses). */
    private ContractView view;

    protected Contract() {
    }

    @CommandHandler
    public Contract(DraftContractCommand command) {
        apply(new ContractDraftedEvent(command.engagementId(), command.contractId(), command.roundId(), command.vendorId(),
                command.vendorName(), command.prices(), command.draftedFor()));
    }

    @CommandHandler
    void handle(SetContractTermCommand command) {
        draft();
        apply(new ContractTermSetEvent(engagementId, contractId, checkTerm(command.term()), command.setBy()));
    }

    @CommandHandler
    void handle(SetServiceLevelsCommand command) {
        draft();
        apply(new ServiceLevelsSetEvent(engagementId, contractId, checkServiceLevels(command.serviceLevels()), command.setBy()));
    }

    @CommandHandler
    void handle(SetGovernanceCommand command) {
        draft();
        apply(new GovernanceSetEvent(engagementId, contractId, checkGovernance(command.governance()), command.setBy()));
    }

    static Governance checkGovernance(Governance given) {
        String liaison = given == null ? null : text(given.internalLiaison());
        if (liaison == null || liaison.length() > 200) {
            throw new BusinessRuleViolation("LiaisonRequired", "governance.internalLiaison",
                    "Name the internal liaison who keeps both sides informed (at most 200 characters).");
        }
        String manager = text(given.vendorAccountManager());
        if (manager == null || manager.length() > 200) {
            throw new BusinessRuleViolation("AccountManagerRequired", "governance.vendorAccountManager",
                    "Name the vendor's account manager (at most 200 characters).");
        }
        var responsibilities = new ArrayList<Responsibility>();
        for (int i = 0; i < given.responsibilities().size(); i++) {
            Responsibility r = given.responsibilities().get(i);
            if (r == null || text(r.role()) == null || r.party() == null || text(r.responsibility()) == null) {
                throw new BusinessRuleViolation("ResponsibilityComplete", "governance.responsibilities[" + i + "]",
                        "Give each role the side that holds it and what it answers for.");
            }
            responsibilities.add(new Responsibility(text(r.role()), r.party(), text(r.responsibility())));
        }
        if (given.escalation().isEmpty()) {
            throw new BusinessRuleViolation("EscalationRequired", "governance.escalation",
                    "Give at least one escalation level: who is called, and how fast they respond.");
        }
        var escalation = new ArrayList<EscalationLevel>();
        for (int i = 0; i < given.escalation().size(); i++) {
            EscalationLevel level = given.escalation().get(i);
            String field = "governance.escalation[" + i + "]";
            if (level == null || text(level.contact()) == null) {
                throw new BusinessRuleViolation("EscalationContact", field + ".contact", "Name who is called at this level.");
            }
            if (level.responseHours() == null || level.responseHours() < 1 || level.responseHours() > 720) {
                throw new BusinessRuleViolation("EscalationResponseTime", field + ".responseHours",
                        "Give the response time at this level: 1 to 720 hours.");
            }
            escalation.add(new EscalationLevel(i + 1, text(level.contact()), level.responseHours()));
        }
        return new Governance(liaison, manager, responsibilities, escalation,
                given.operationsMeetings() == null ? Cadence.NONE : given.operationsMeetings(), given.monthlyPerformanceReview(),
                given.quarterlyBusinessReview(), given.contactReasonReports() == null ? Cadence.NONE : given.contactReasonReports());
    }

    @CommandHandler
    void handle(SetDataTermsCommand command) {
        draft();
        apply(new DataTermsSetEvent(engagementId, contractId, checkDataTerms(command.dataTerms()), command.setBy()));
    }

    static DataTerms checkDataTerms(DataTerms given) {
        if (given == null || given.recordedSharePercent() == null || given.recordedSharePercent() < 0
                || given.recordedSharePercent() > 100) {
            throw new BusinessRuleViolation("RecordedShareInRange", "dataTerms.recordedSharePercent",
                    "Give the share of calls recorded: 0 to 100 %.");
        }
        if (given.retentionDays() == null || given.retentionDays() < 1 || given.retentionDays() > 3650) {
            throw new BusinessRuleViolation("RetentionInRange", "dataTerms.retentionDays",
                    "Give how long recordings are kept: 1 to 3,650 days.");
        }
        String access = text(given.access());
        if (access == null || access.length() > 1000) {
            throw new BusinessRuleViolation("DataAccessRequired", "dataTerms.access",
                    "Say who may access recordings and customer data (at most 1,000 characters).");
        }
        String exit = text(given.returnAndDestruction());
        if (exit == null || exit.length() < 10 || exit.length() > 2000) {
            throw new BusinessRuleViolation("DataReturnRequired", "dataTerms.returnAndDestruction",
                    "Say how data is returned and destroyed when the contract ends (10 to 2,000 characters).");
        }
        if (given.destroyWithinDays() == null || given.destroyWithinDays() < 0 || given.destroyWithinDays() > 365) {
            throw new BusinessRuleViolation("DestructionDeadline", "dataTerms.destroyWithinDays",
                    "Give within how many days of the end data is destroyed: 0 to 365.");
        }
        return new DataTerms(given.recordedSharePercent(), given.retentionDays(), access, exit, given.destroyWithinDays());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void draft() {
        if (!ContractView.DRAFT.equals(view.status())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractIsDraft", null,
                    "The contract is no longer a draft; it changes by amendment.");
        }
    }

    static ContractTerm checkTerm(ContractTerm term) {
        if (term == null || term.startsOn() == null) {
            throw new BusinessRuleViolation("TermStartRequired", "term.startsOn", "Give the contract's first day.");
        }
        if (term.endsOn() == null) {
            throw new BusinessRuleViolation("TermEndRequired", "term.endsOn", "Give the contract's last day.");
        }
        if (!term.endsOn().isAfter(term.startsOn())) {
            throw new BusinessRuleViolation("EndAfterStart", "term.endsOn", "The contract ends after it starts.");
        }
        if (term.renewal() == null) {
            throw new BusinessRuleViolation("RenewalModeRequired", "term.renewal",
                    "Say whether the contract renews automatically or only by decision.");
        }
        Integer renewalMonths = term.renewal() == RenewalMode.AUTOMATIC ? term.renewalMonths() : null;
        if (term.renewal() == RenewalMode.AUTOMATIC && (renewalMonths == null || renewalMonths < 1 || renewalMonths > 120)) {
            throw new BusinessRuleViolation("RenewalTermRequired", "term.renewalMonths",
                    "An automatic renewal runs for 1 to 120 months; say how many.");
        }
        long days = ChronoUnit.DAYS.between(term.startsOn(), term.endsOn()) + 1;
        notice(term.nonRenewalNoticeDays(), days, "term.nonRenewalNoticeDays", "not to renew");
        notice(term.convenienceNoticeDays(), days, "term.convenienceNoticeDays", "to end it for convenience");
        return new ContractTerm(term.startsOn(), term.endsOn(), term.renewal(), renewalMonths, term.nonRenewalNoticeDays(),
                term.convenienceNoticeDays());
    }

    private static void notice(Integer noticeDays, long termDays, String field, String what) {
        if (noticeDays == null) {
            throw new BusinessRuleViolation("NoticePeriodRequired", field, "Give the notice, in days, " + what + ".");
        }
        if (noticeDays < 0 || noticeDays >= termDays) {
            throw new BusinessRuleViolation("NoticeShorterThanTerm", field, "The notice " + what + " is 0 to " + (termDays - 1)
                    + " days: shorter than the term of " + termDays + " days.");
        }
    }

    static ServiceLevels checkServiceLevels(ServiceLevels given) {
        if (given == null || given.levels().isEmpty()) {
            throw new BusinessRuleViolation("SlaRequired", "serviceLevels.levels", "Give at least one SLA.");
        }
        BigDecimal cap = given.creditCapPercent();
        if (cap == null || cap.signum() < 0 || cap.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleViolation("CreditCapInRange", "serviceLevels.creditCapPercent",
                    "Cap a period's service credits at 0 to 100 % of its fee.");
        }
        var seen = EnumSet.noneOf(SlaMetric.class);
        var tidy = new ArrayList<ServiceLevel>();
        for (int i = 0; i < given.levels().size(); i++) {
            ServiceLevel level = given.levels().get(i);
            String field = "serviceLevels.levels[" + i + "]";
            if (level == null || level.metric() == null) {
                throw new BusinessRuleViolation("SlaMetricRequired", field + ".metric", "Choose the metric.");
            }
            SlaMetric metric = level.metric();
            if (!seen.add(metric)) {
                throw new BusinessRuleViolation("SlaOncePerMetric", field + ".metric", metric.label() + " is listed twice.");
            }
            BigDecimal target = level.target();
            BigDecimal most = metric.percent() ? HUNDRED : BigDecimal.valueOf(86_400);
            if (target == null || target.signum() <= 0 || target.compareTo(most) > 0) {
                throw new BusinessRuleViolation("SlaTargetInRange", field + ".target", metric.label() + ": the target is above 0 and at most "
                        + most.toPlainString() + " " + metric.unit() + ".");
            }
            Integer threshold = level.threshold();
            switch (metric.threshold()) {
                case SECONDS -> {
                    if (threshold == null || threshold < 1 || threshold > 3600) {
                        throw new BusinessRuleViolation("SlaThresholdRequired", field + ".threshold",
                                metric.label() + ": give T, 1 to 3,600 seconds.");
                    }
                }
                case HOURS -> {
                    if (threshold == null || threshold < 1 || threshold > 168) {
                        throw new BusinessRuleViolation("SlaThresholdRequired", field + ".threshold",
                                metric.label() + ": give N, 1 to 168 hours.");
                    }
                }
                case NONE -> threshold = null;
            }
            if (level.period() == null) {
                throw new BusinessRuleViolation("SlaPeriodRequired", field + ".period", "Say whether it is measured weekly or monthly.");
            }
            BigDecimal credit = level.creditPercent() == null ? BigDecimal.ZERO : level.creditPercent();
            if (credit.signum() < 0) {
                throw new BusinessRuleViolation("CreditNotNegative", field + ".creditPercent", "A service credit is 0 % or more.");
            }
            if (credit.compareTo(cap) > 0) {
                throw new BusinessRuleViolation("CreditWithinCap", field + ".creditPercent", metric.label() + ": the credit of "
                        + credit.toPlainString() + " % is above the cap of " + cap.toPlainString() + " % on a period's credits.");
            }
            tidy.add(new ServiceLevel(metric, target, threshold, level.period(), credit));
        }
        return new ServiceLevels(List.copyOf(tidy), cap);
    }

    /** Every event of the contract: its view follows it. */
    @EventSourcingHandler
    void on(EngagementEvent event, @Timestamp Instant at) {
        view = ContractFolds.contract(view, event, at);
        if (event instanceof ContractDraftedEvent drafted) {
            contractId = drafted.contractId();
            engagementId = drafted.engagementId();
        }
    }
}
