package org.outsourcingdesk.contracting.domain.contract;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.outsourcingdesk.contracting.api.command.ActivateContractCommand;
import org.outsourcingdesk.contracting.api.command.EndContractCommand;
import org.outsourcingdesk.contracting.api.event.ContractEndedEvent;
import org.outsourcingdesk.contracting.api.command.ProposeAmendmentCommand;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.model.Amendment;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;
import org.outsourcingdesk.contracting.api.command.DecideContractCommand;
import org.outsourcingdesk.contracting.api.command.RecordSignatureCommand;
import org.outsourcingdesk.contracting.api.command.ReviewContractLegallyCommand;
import org.outsourcingdesk.contracting.api.command.SetTerminationTermsCommand;
import org.outsourcingdesk.contracting.api.command.SubmitContractForReviewCommand;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractChangesRequestedEvent;
import org.outsourcingdesk.contracting.api.event.ContractLegallyApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignatureRecordedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSignedEvent;
import org.outsourcingdesk.contracting.api.event.ContractSubmittedForReviewEvent;
import org.outsourcingdesk.contracting.api.event.TerminationTermsSetEvent;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.ReviewComment;
import org.outsourcingdesk.contracting.api.model.Signature;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
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
 * long recordings are kept, who may access them, and how and how soon data is returned and destroyed;
 * the termination terms give a ground for cause (an SLA ground names one of the contract's SLAs), caps
 * on liability and termination fees, a fee schedule within the fee cap and the exit assistance.
 * <p>
 * Workflow: a draft with every section goes to legal review; only legal passes it or sends it back
 * with comments; then an approver who neither drafted nor legally reviewed it approves it or sends it
 * back; then both parties' signatures, never dated in the future nor before the approval; a signed
 * contract becomes active on its first day. A signed contract changes by amendment: a new term (same
 * first day), SLAs or rates of its price lines, never from a past day, through the same legal review
 * and independent approval, into a new version; the grounds for cause must still name its SLAs.
 * <p>
 * End: when its exit is complete, the exit stage ends the signed contract (terminated for cause, for
 * convenience, or expired), on a day not before its first; an amendment not yet approved lapses. An
 * ended contract refuses every change ({@code ContractNotEnded}); ending it again for the same exit
 * changes nothing, for another exit is refused.
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

    /** An ended contract changes no more. */
    private void notEnded() {
        if (view.status() == ContractStatus.ENDED) {
            var end = view.end();
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractNotEnded", null,
                    "The contract ended on " + end.endedOn() + " (" + end.ending().label().toLowerCase(Locale.ROOT)
                    + "); it changes no more.");
        }
    }

    private void draft() {
        notEnded();
        if (view.status() != ContractStatus.DRAFT) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractIsDraft", null,
                    "The contract is " + view.status().label().toLowerCase(Locale.ROOT) + ", no longer a draft"
                    + (view.status().signed() ? "; it changes by amendment." : "; a reviewer can send it back to draft."));
        }
    }

    @CommandHandler
    void handle(SetTerminationTermsCommand command) {
        draft();
        apply(new TerminationTermsSetEvent(engagementId, contractId, checkTermination(command.termination(), view.serviceLevels(),
                view.term()), command.setBy()));
    }

    /** The months a term spans, a begun month counting as one. */
    static long termMonths(ContractTerm term) {
        LocalDate after = term.endsOn().plusDays(1);
        long full = ChronoUnit.MONTHS.between(term.startsOn(), after);
        return term.startsOn().plusMonths(full).isBefore(after) ? full + 1 : full;
    }

    static TerminationTerms checkTermination(TerminationTerms given, ServiceLevels levels, ContractTerm term) {
        if (given == null || given.forCause().isEmpty()) {
            throw new BusinessRuleViolation("CauseRequired", "termination.forCause",
                    "Give at least one ground for ending the contract for cause.");
        }
        var triggers = new ArrayList<CauseTrigger>();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < given.forCause().size(); i++) {
            CauseTrigger trigger = given.forCause().get(i);
            String field = "termination.forCause[" + i + "]";
            if (trigger == null || trigger.kind() == null) {
                throw new BusinessRuleViolation("CauseKindRequired", field + ".kind", "Choose the kind of ground.");
            }
            CauseTrigger tidy = checkTrigger(trigger, field, levels);
            if (!seen.add(tidy.kind() + "/" + tidy.metric())) {
                throw new BusinessRuleViolation("CauseOnce", field + ".kind", tidy.describe() + " is listed twice.");
            }
            triggers.add(tidy);
        }
        BigDecimal liability = given.liabilityCap();
        if (liability == null || liability.signum() <= 0) {
            throw new BusinessRuleViolation("LiabilityCapRequired", "termination.liabilityCap",
                    "Cap the liability: an amount above 0 in the contract's currency.");
        }
        BigDecimal feeCap = given.terminationFeeCap();
        if (feeCap == null || feeCap.signum() < 0) {
            throw new BusinessRuleViolation("TerminationFeeCapRequired", "termination.terminationFeeCap",
                    "Cap the termination fee: 0 or more in the contract's currency.");
        }
        var fees = new ArrayList<ConvenienceFee>();
        int previousMonth = 0;
        for (int i = 0; i < given.convenienceFees().size(); i++) {
            ConvenienceFee fee = given.convenienceFees().get(i);
            String field = "termination.convenienceFees[" + i + "]";
            if (fee == null || fee.fromMonth() == null || fee.fromMonth() <= previousMonth) {
                throw new BusinessRuleViolation("FeeScheduleAscending", field + ".fromMonth",
                        "Each step of the fee schedule starts in a later month than the one before, from month 1.");
            }
            if (term != null && term.startsOn() != null && term.endsOn() != null && fee.fromMonth() > termMonths(term)) {
                throw new BusinessRuleViolation("FeeWithinTerm", field + ".fromMonth", "Month " + fee.fromMonth()
                        + " is after the term of " + termMonths(term) + " months.");
            }
            if (fee.fee() == null || fee.fee().signum() < 0) {
                throw new BusinessRuleViolation("FeeNotNegative", field + ".fee", "A termination fee is 0 or more.");
            }
            if (fee.fee().compareTo(feeCap) > 0) {
                throw new BusinessRuleViolation("FeeWithinCap", field + ".fee", "The fee of " + fee.fee().toPlainString()
                        + " is above the cap on termination fees of " + feeCap.toPlainString() + ".");
            }
            previousMonth = fee.fromMonth();
            fees.add(new ConvenienceFee(fee.fromMonth(), fee.fee()));
        }
        Integer months = given.exitAssistanceMonths();
        if (months == null || months < 0 || months > 24) {
            throw new BusinessRuleViolation("ExitAssistanceInRange", "termination.exitAssistanceMonths",
                    "Give how long the vendor supports the transition at the end: 0 to 24 months.");
        }
        String assistance = text(given.exitAssistance());
        if (months > 0 && (assistance == null || assistance.length() < 10 || assistance.length() > 2000)) {
            throw new BusinessRuleViolation("ExitAssistanceDescribed", "termination.exitAssistance",
                    "Say what the exit assistance includes (10 to 2,000 characters).");
        }
        return new TerminationTerms(triggers, fees, liability, feeCap, months, assistance);
    }

    private static CauseTrigger checkTrigger(CauseTrigger trigger, String field, ServiceLevels levels) {
        return switch (trigger.kind()) {
            case SLA_BREACH_CONSECUTIVE, SLA_BREACH_K_OF_M -> {
                SlaMetric metric = trigger.metric();
                if (metric == null || levels != null && levels.levels().stream().noneMatch(l -> l.metric() == metric)) {
                    throw new BusinessRuleViolation("TriggerMetricInSlas", field + ".metric",
                            "Choose one of the contract's SLAs" + (levels == null ? "" : ": " + String.join(", ",
                                    levels.levels().stream().map(l -> l.metric().label()).toList())) + ".");
                }
                Integer breached = trigger.breachedPeriods();
                if (trigger.kind() == CauseKind.SLA_BREACH_CONSECUTIVE) {
                    if (breached == null || breached < 2 || breached > 12) {
                        throw new BusinessRuleViolation("BreachPeriodsInRange", field + ".breachedPeriods",
                                "Give how many consecutive periods: 2 to 12.");
                    }
                    yield new CauseTrigger(trigger.kind(), metric, breached, null, null);
                }
                Integer of = trigger.ofPeriods();
                if (of == null || of < 2 || of > 24) {
                    throw new BusinessRuleViolation("BreachPeriodsInRange", field + ".ofPeriods", "Give M, the periods looked at: 2 to 24.");
                }
                if (breached == null || breached < 1 || breached > of) {
                    throw new BusinessRuleViolation("BreachPeriodsInRange", field + ".breachedPeriods",
                            "Give K, the periods breached: 1 to " + of + " (M).");
                }
                yield new CauseTrigger(trigger.kind(), metric, breached, of, null);
            }
            case MATERIAL_BREACH -> {
                if (trigger.cureDays() == null || trigger.cureDays() < 1 || trigger.cureDays() > 180) {
                    throw new BusinessRuleViolation("CureDaysInRange", field + ".cureDays",
                            "Give the days the vendor has to cure the breach after notice: 1 to 180.");
                }
                yield new CauseTrigger(trigger.kind(), null, null, null, trigger.cureDays());
            }
            default -> new CauseTrigger(trigger.kind(), null, null, null, null);
        };
    }

    @CommandHandler
    void handle(SubmitContractForReviewCommand command) {
        draft();
        List<String> missing = view.missingSections();
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation("SectionsComplete", missing.get(0), "Complete every section before legal review; "
                    + "missing: " + String.join(", ", missing) + ".");
        }
        // sections set one by one must still hold together
        checkTermination(view.termination(), view.serviceLevels(), view.term());
        apply(new ContractSubmittedForReviewEvent(engagementId, contractId, command.submittedBy()));
    }

    @CommandHandler
    void handle(ReviewContractLegallyCommand command) {
        notEnded();
        Amendment amendment = view.amendment();
        if (view.status() != ContractStatus.IN_LEGAL_REVIEW
                && (amendment == null || !Amendment.IN_LEGAL_REVIEW.equals(amendment.status()))) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractInLegalReview", null,
                    "Neither the contract nor an amendment of it is in legal review; the contract is "
                    + view.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        String comment = comment(command.comment(), command.pass());
        if (view.status() != ContractStatus.IN_LEGAL_REVIEW) {
            apply(command.pass()
                    ? new AmendmentLegallyApprovedEvent(engagementId, contractId, amendment.version(), command.reviewedBy(), comment)
                    : new AmendmentChangesRequestedEvent(engagementId, contractId, amendment.version(), ReviewComment.LEGAL_REVIEW,
                    command.reviewedBy(), comment));
            return;
        }
        apply(command.pass()
                ? new ContractLegallyApprovedEvent(engagementId, contractId, command.reviewedBy(), comment)
                : new ContractChangesRequestedEvent(engagementId, contractId, ReviewComment.LEGAL_REVIEW, command.reviewedBy(), comment));
    }

    @CommandHandler
    void handle(DecideContractCommand command) {
        notEnded();
        Amendment amendment = view.amendment();
        boolean amending = view.status() != ContractStatus.LEGALLY_APPROVED && amendment != null
                && Amendment.LEGALLY_APPROVED.equals(amendment.status());
        if (view.status() != ContractStatus.LEGALLY_APPROVED && !amending) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractLegallyApproved", null,
                    "The contract is " + view.status().label().toLowerCase(Locale.ROOT) + "; it, or an amendment of it, is approved"
                    + " after legal review passed it.");
        }
        if (amending ? command.decidedBy().equals(amendment.proposedBy()) : view.drafters().contains(command.decidedBy())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.FORBIDDEN, "ApproverNotDrafter", null,
                    "You " + (amending ? "proposed this amendment" : "drafted this contract") + "; another approver decides on it.");
        }
        if (command.decidedBy().equals(amending ? amendment.legalReviewer() : view.legalReviewer())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.FORBIDDEN, "ApproverNotLegalReviewer", null,
                    "You reviewed this " + (amending ? "amendment" : "contract") + " legally; another approver decides on it.");
        }
        String comment = comment(command.comment(), command.approve());
        if (amending) {
            apply(command.approve() ? approved(amendment, command.decidedBy(), comment)
                    : new AmendmentChangesRequestedEvent(engagementId, contractId, amendment.version(), ReviewComment.APPROVAL,
                    command.decidedBy(), comment));
            return;
        }
        apply(command.approve()
                ? new ContractApprovedEvent(engagementId, contractId, command.decidedBy(), comment)
                : new ContractChangesRequestedEvent(engagementId, contractId, ReviewComment.APPROVAL, command.decidedBy(), comment));
    }

    /** The amendment approved: the whole new version, unchanged parts as they were. */
    private AmendmentApprovedEvent approved(Amendment amendment, String approver, String comment) {
        return new AmendmentApprovedEvent(engagementId, contractId, amendment.version(), amendment.effectiveFrom(), amendment.reason(),
                amendment.term() == null ? view.term() : amendment.term(),
                amendment.serviceLevels() == null ? view.serviceLevels() : amendment.serviceLevels(),
                reprice(view.prices(), amendment.rates()), approver, comment);
    }

    /** The price lines with the amended rates; the figures stay those of the selection. */
    static List<RoundQuote> reprice(List<RoundQuote> prices, List<RateChange> rates) {
        var result = new ArrayList<RoundQuote>();
        for (RoundQuote line : prices) {
            var change = rates.stream().filter(r -> r.channel() == line.channel() && line.region().equals(r.region())).findFirst();
            if (change.isEmpty()) {
                result.add(line);
                continue;
            }
            RateChange r = change.get();
            Quote q = line.quote();
            var quote = new Quote(q.pricingModel(), q.currency(), or(r.ratePerMinute(), q.ratePerMinute()), or(r.ratePerHour(), q.ratePerHour()),
                    q.billingBasis(), or(r.monthlyFee(), q.monthlyFee()), q.includedContactsPerMonth(),
                    or(r.overagePerContact(), q.overagePerContact()), q.commissionPercent(), q.revenueBasisPerYear(),
                    q.minimumMonthlyCommitment(), q.setupFee(), q.contractMonths());
            result.add(new RoundQuote(line.channel(), line.region(), line.revision(), quote, line.volume(), line.cost(), line.recordedBy(),
                    line.recordedAt()));
        }
        return result;
    }

    private static BigDecimal or(BigDecimal given, BigDecimal current) {
        return given == null ? current : given;
    }

    @CommandHandler
    void handle(ProposeAmendmentCommand command) {
        notEnded();
        if (!view.status().signed()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "AmendAfterSignature", null,
                    "A contract is amended once both parties have signed it; before that, its draft changes.");
        }
        if (view.amendment() != null && view.amendment().pending()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "AmendmentPending", null,
                    "Amendment " + view.amendment().version() + " is in review; propose another once it is decided.");
        }
        LocalDate from = command.effectiveFrom();
        if (from == null || from.isBefore(command.today())) {
            throw new BusinessRuleViolation("AmendmentNotRetroactive", "effectiveFrom",
                    "An amendment cannot change a past period's terms: it takes effect today or later.");
        }
        ContractTerm current = view.term();
        if (from.isAfter(current.endsOn())) {
            throw new BusinessRuleViolation("AmendmentWithinTerm", "effectiveFrom", "The contract ends on " + current.endsOn()
                    + "; an amendment takes effect by then.");
        }
        String reason = text(command.reason());
        if (reason == null || reason.length() < 10 || reason.length() > 2000) {
            throw new BusinessRuleViolation("AmendmentReason", "reason", "Say why the contract changes (10 to 2,000 characters).");
        }
        ContractTerm term = null;
        if (command.term() != null && !command.term().equals(current)) {
            term = checkTerm(command.term());
            if (!term.startsOn().equals(current.startsOn())) {
                throw new BusinessRuleViolation("FirstDayUnchanged", "term.startsOn", "The first day, " + current.startsOn()
                        + ", stays: an amendment changes the term from its day on.");
            }
            if (term.endsOn().isBefore(from)) {
                throw new BusinessRuleViolation("AmendmentWithinTerm", "term.endsOn", "The amended term ends after the amendment takes effect.");
            }
        }
        ServiceLevels levels = null;
        if (command.serviceLevels() != null && !command.serviceLevels().equals(view.serviceLevels())) {
            levels = checkServiceLevels(command.serviceLevels());
        }
        var rates = new ArrayList<RateChange>();
        var given = command.rates() == null ? List.<RateChange>of() : command.rates();
        for (int i = 0; i < given.size(); i++) {
            rates.add(checkRate(given.get(i), "rates[" + i + "]"));
        }
        rates.removeIf(r -> reprice(view.prices(), List.of(r)).equals(view.prices()));
        if (term == null && levels == null && rates.isEmpty()) {
            throw new BusinessRuleViolation("AmendmentChangesSomething", "reason",
                    "The amendment changes nothing: give a new term, new SLAs or new rates.");
        }
        // the grounds for cause must still name the contract's SLAs, and the fee schedule fit the term
        checkTermination(view.termination(), levels == null ? view.serviceLevels() : levels, term == null ? current : term);
        apply(new AmendmentProposedEvent(engagementId, contractId, view.version() + 1, from, reason, term, levels, List.copyOf(rates),
                command.proposedBy()));
    }

    private RateChange checkRate(RateChange rate, String field) {
        if (rate == null || rate.channel() == null || view.prices().stream()
                .noneMatch(p -> p.channel() == rate.channel() && p.region().equals(rate.region()))) {
            throw new BusinessRuleViolation("RateLineExists", field, "Name a price line of the contract: "
                    + String.join("; ", view.prices().stream().map(p -> p.channel() + " " + p.region()).toList()) + ".");
        }
        for (BigDecimal value : java.util.Arrays.asList(rate.ratePerMinute(), rate.ratePerHour(), rate.monthlyFee(),
                rate.overagePerContact())) {
            if (value != null && value.signum() <= 0) {
                throw new BusinessRuleViolation("RatePositive", field, "An amended rate is above 0.");
            }
        }
        return rate;
    }

    /** A verdict's comment: optional when passing, required (10 characters or more) when asking for changes. */
    private static String comment(String given, boolean passing) {
        String comment = text(given);
        if (!passing && (comment == null || comment.length() < 10)) {
            throw new BusinessRuleViolation("ChangesExplained", "comment", "Say what must change (at least 10 characters).");
        }
        if (comment != null && comment.length() > 2000) {
            throw new BusinessRuleViolation("CommentLength", "comment", "A comment has at most 2,000 characters.");
        }
        return comment;
    }

    @CommandHandler
    void handle(RecordSignatureCommand command) {
        notEnded();
        if (view.status() != ContractStatus.APPROVED) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "SignatureAfterApproval", null,
                    view.status().signed() ? "Both parties have signed already."
                            : "A contract is signed once legal review and approval have both passed it; it is "
                            + view.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (command.party() == null) {
            throw new BusinessRuleViolation("SignaturePartyRequired", "party", "Say for which party: CLIENT (us) or VENDOR.");
        }
        if (view.signatures().stream().anyMatch(s -> s.party() == command.party())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "SignedOnce", "party",
                    (command.party() == Party.CLIENT ? "Our" : "The vendor's") + " signature is recorded already.");
        }
        String signatory = text(command.signatory());
        if (signatory == null || signatory.length() < 2 || signatory.length() > 200) {
            throw new BusinessRuleViolation("SignatoryRequired", "signatory", "Name who signed (2 to 200 characters).");
        }
        LocalDate signedOn = command.signedOn();
        if (signedOn == null || signedOn.isAfter(command.today())) {
            throw new BusinessRuleViolation("SignatureNotInFuture", "signedOn", "Give the day it was signed: today or earlier.");
        }
        LocalDate approvedOn = view.approvedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        if (signedOn.isBefore(approvedOn)) {
            throw new BusinessRuleViolation("SignatureAfterApprovalDate", "signedOn", "The contract was approved on " + approvedOn
                    + "; it cannot have been signed before.");
        }
        apply(new ContractSignatureRecordedEvent(engagementId, contractId, command.party(), signatory, signedOn, command.recordedBy()));
        if (view.signatures().size() == Party.values().length) {
            LocalDate last = view.signatures().stream().map(Signature::signedOn).max(LocalDate::compareTo).orElseThrow();
            apply(new ContractSignedEvent(engagementId, contractId, last, view.term().startsOn(), view.approvedBy()));
        }
    }

    @CommandHandler
    void handle(ActivateContractCommand command) {
        notEnded();
        if (view.status() != ContractStatus.SIGNED) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractSigned", null,
                    "Only a signed contract becomes active; it is " + view.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (command.today().isBefore(view.term().startsOn())) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ContractStarted", null,
                    "The contract starts on " + view.term().startsOn() + ".");
        }
        apply(new ContractActivatedEvent(engagementId, contractId, view.vendorId(), view.vendorName(), command.today(), view.term(),
                view.serviceLevels(), view.dataTerms(), view.termination(), view.approvedBy()));
    }

    @CommandHandler
    void handle(EndContractCommand command) {
        if (view.status() == ContractStatus.ENDED) {
            if (view.end().exitId().equals(command.exitId())) {
                return; // ended by this exit already: a redelivery
            }
            notEnded();
        }
        if (!view.status().inForce()) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "EndAfterSignature", null,
                    "Only a signed contract ends; it is " + view.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (command.ending() == null) {
            throw new BusinessRuleViolation("EndingRequired", "ending",
                    "Say how the contract ends: terminated for cause, for convenience, or expired.");
        }
        if (text(command.exitId()) == null) {
            throw new BusinessRuleViolation("EndingExitRequired", "exitId", "Name the exit that ends the contract.");
        }
        if (command.endedOn() == null || command.endedOn().isBefore(view.term().startsOn())) {
            throw new BusinessRuleViolation("EndAfterFirstDay", "endedOn", "Give the day the vendor's service ended: on or after the first"
                    + " day, " + view.term().startsOn() + ".");
        }
        apply(new ContractEndedEvent(engagementId, contractId, command.ending(), command.endedOn(), text(command.exitId()),
                command.endedFor()));
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
