package org.outsourcingdesk.contracting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.outsourcingdesk.contracting.api.model.Amendment;
import org.outsourcingdesk.contracting.api.model.Cadence;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.EscalationLevel;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.Responsibility;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.contracting.api.query.ContractVersions;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.VersionChange;
import org.outsourcingdesk.contracting.application.ContractWork;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.FormActions;

/**
 * Backs an engagement's contract page: the vendor and the prices it was drafted with, the term, the
 * SLAs with their service credits, chosen from the catalogue of contact-centre metrics, the governance
 * the data and call-recording terms and the termination terms; its review, approval and signatures.
 * Everyone reads it; procurement drafts it and records signatures, legal reviews it, an approver approves it. A refused form keeps what was typed and names the field and the rule.
 */
@Named("contractPage")
@RequestScoped
public class ContractPageBean {

    @Inject
    ContractWork work;
    @Inject
    FacesContext faces;

    private String engagementId;
    private ContractView contract;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private RenewalMode renewal;
    private Integer renewalMonths;
    private Integer nonRenewalNoticeDays;
    private Integer convenienceNoticeDays;

    private final List<SlaRow> slas = new ArrayList<>();
    private BigDecimal creditCapPercent;

    private String internalLiaison;
    private String vendorAccountManager;
    private final List<ResponsibilityRow> responsibilities = new ArrayList<>();
    private final List<EscalationRow> escalation = new ArrayList<>();
    private Cadence operationsMeetings = Cadence.WEEKLY;
    private boolean monthlyPerformanceReview = true;
    private boolean quarterlyBusinessReview = true;
    private Cadence contactReasonReports = Cadence.MONTHLY;

    private Integer recordedSharePercent;
    private Integer retentionDays;
    private String dataAccess;
    private String returnAndDestruction;
    private Integer destroyWithinDays;

    private final List<TriggerRow> triggers = new ArrayList<>();
    private final List<FeeRow> fees = new ArrayList<>();
    private BigDecimal liabilityCap;
    private BigDecimal terminationFeeCap;
    private Integer exitAssistanceMonths;
    private String exitAssistance;

    private String reviewComment;

    private LocalDate amendFrom;
    private String amendReason;
    private LocalDate amendEndsOn;
    private Integer amendNoticeDays;
    private final List<SlaRow> amendSlas = new ArrayList<>();
    private final List<RateRow> amendRates = new ArrayList<>();
    private Integer compareFrom;
    private Integer compareTo;
    private Party signatureParty;
    private String signatory;
    private LocalDate signedOn;

    @PostConstruct
    void load() {
        engagementId = faces.getExternalContext().getRequestParameterMap().get("id");
        contract = EngagementId.parse(engagementId == null ? "" : engagementId).flatMap(work::contract).orElse(null);
        if (contract == null) {
            return;
        }
        var term = contract.term();
        if (term != null) {
            startsOn = term.startsOn();
            endsOn = term.endsOn();
            renewal = term.renewal();
            renewalMonths = term.renewalMonths();
            nonRenewalNoticeDays = term.nonRenewalNoticeDays();
            convenienceNoticeDays = term.convenienceNoticeDays();
        }
        var levels = contract.serviceLevels();
        creditCapPercent = levels == null ? null : levels.creditCapPercent();
        for (SlaMetric metric : SlaMetric.values()) {
            var row = new SlaRow(metric);
            if (levels != null) {
                levels.levels().stream().filter(l -> l.metric() == metric).findFirst().ifPresent(l -> {
                    row.included = true;
                    row.target = l.target();
                    row.threshold = l.threshold();
                    row.period = l.period();
                    row.creditPercent = l.creditPercent();
                });
            }
            slas.add(row);
        }
        var governance = contract.governance();
        if (governance != null) {
            internalLiaison = governance.internalLiaison();
            vendorAccountManager = governance.vendorAccountManager();
            governance.responsibilities().forEach(r -> responsibilities.add(new ResponsibilityRow(r.role(), r.party(), r.responsibility())));
            governance.escalation().forEach(l -> escalation.add(new EscalationRow(l.contact(), l.responseHours())));
            operationsMeetings = governance.operationsMeetings();
            monthlyPerformanceReview = governance.monthlyPerformanceReview();
            quarterlyBusinessReview = governance.quarterlyBusinessReview();
            contactReasonReports = governance.contactReasonReports();
        }
        var data = contract.dataTerms();
        if (data != null) {
            recordedSharePercent = data.recordedSharePercent();
            retentionDays = data.retentionDays();
            dataAccess = data.access();
            returnAndDestruction = data.returnAndDestruction();
            destroyWithinDays = data.destroyWithinDays();
        }
        var termination = contract.termination();
        if (termination != null) {
            termination.forCause().forEach(t -> triggers.add(new TriggerRow(t.kind(), t.metric(), t.breachedPeriods(), t.ofPeriods(),
                    t.cureDays())));
            termination.convenienceFees().forEach(f -> fees.add(new FeeRow(f.fromMonth(), f.fee())));
            liabilityCap = termination.liabilityCap();
            terminationFeeCap = termination.terminationFeeCap();
            exitAssistanceMonths = termination.exitAssistanceMonths();
            exitAssistance = termination.exitAssistance();
        }
        signatureParty = Arrays.stream(Party.values()).filter(p -> contract.signatures().stream().noneMatch(s -> s.party() == p))
                .findFirst().orElse(null);
        signedOn = LocalDate.now(ZoneOffset.UTC);
        if (contract.status().signed()) {
            loadAmendment();
        }
        // room to add, for who may change it: rows left empty are not saved
        if (isDrafter()) {
            int grounds = Math.max(4, triggers.size() + 1);
            while (triggers.size() < grounds) {
                triggers.add(new TriggerRow(null, null, null, null, null));
            }
            int steps = Math.max(3, fees.size() + 1);
            while (fees.size() < steps) {
                fees.add(new FeeRow(null, null));
            }
            int roles = Math.max(4, responsibilities.size() + 1);
            while (responsibilities.size() < roles) {
                responsibilities.add(new ResponsibilityRow(null, null, null));
            }
            int contacts = Math.max(3, escalation.size() + 1);
            while (escalation.size() < contacts) {
                escalation.add(new EscalationRow(null, null));
            }
        }
    }

    /** The amendment form starts from the terms in force; the comparison from the last two versions (or ?from=&to=). */
    private void loadAmendment() {
        amendFrom = LocalDate.now(ZoneOffset.UTC);
        amendEndsOn = contract.term().endsOn();
        amendNoticeDays = contract.term().nonRenewalNoticeDays();
        contract.serviceLevels().levels().forEach(l -> {
            var row = new SlaRow(l.metric());
            row.included = true;
            row.target = l.target();
            row.threshold = l.threshold();
            row.period = l.period();
            row.creditPercent = l.creditPercent();
            amendSlas.add(row);
        });
        contract.prices().forEach(p -> amendRates.add(new RateRow(p)));
        var params = faces.getExternalContext().getRequestParameterMap();
        int latest = contract.version();
        compareTo = number(params.get("to"), latest);
        compareFrom = number(params.get("from"), Math.max(1, compareTo - 1));
    }

    private static int number(String given, int otherwise) {
        try {
            return given == null ? otherwise : Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public String proposeAmendment() {
        var current = contract.term();
        var term = new ContractTerm(current.startsOn(), amendEndsOn, current.renewal(), current.renewalMonths(), amendNoticeDays,
                current.convenienceNoticeDays());
        var levels = new ServiceLevels(amendSlas.stream().map(r -> new ServiceLevel(r.metric, r.target, r.threshold, r.period,
                r.creditPercent)).toList(), contract.serviceLevels().creditCapPercent());
        var rates = amendRates.stream().map(RateRow::change).filter(java.util.Objects::nonNull).toList();
        return run("Amendment proposed: it goes to legal review.", () -> work.proposeAmendment(id(), amendFrom, amendReason,
                term.equals(current) ? null : term, levels.equals(contract.serviceLevels()) ? null : levels, rates, origin()));
    }

    /** Procurement may propose an amendment now: the contract is signed, has not ended, and none is in review. */
    public boolean isAmender() {
        return contract != null && contract.status().inForce() && (contract.amendment() == null || !contract.amendment().pending())
                && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** What changed between the two versions compared. */
    public List<VersionChange> getDiff() {
        var from = contract.version(compareFrom);
        var to = contract.version(compareTo);
        return from.isPresent() && to.isPresent() ? ContractVersions.diff(from.get(), to.get()) : List.of();
    }

    public List<Integer> getVersionNumbers() {
        return contract.versions().stream().map(ContractVersion::number).toList();
    }

    /** A price line's rates in the amendment form, as typed; only those that differ from the line's are sent. */
    public static final class RateRow {
        private final RoundQuote line;
        private BigDecimal ratePerMinute;
        private BigDecimal ratePerHour;
        private BigDecimal monthlyFee;
        private BigDecimal overagePerContact;

        RateRow(RoundQuote line) {
            this.line = line;
            this.ratePerMinute = line.quote().ratePerMinute();
            this.ratePerHour = line.quote().ratePerHour();
            this.monthlyFee = line.quote().monthlyFee();
            this.overagePerContact = line.quote().overagePerContact();
        }

        RateChange change() {
            var q = line.quote();
            if (same(ratePerMinute, q.ratePerMinute()) && same(ratePerHour, q.ratePerHour()) && same(monthlyFee, q.monthlyFee())
                    && same(overagePerContact, q.overagePerContact())) {
                return null;
            }
            return new RateChange(line.channel(), line.region(), changed(ratePerMinute, q.ratePerMinute()),
                    changed(ratePerHour, q.ratePerHour()), changed(monthlyFee, q.monthlyFee()),
                    changed(overagePerContact, q.overagePerContact()));
        }

        private static boolean same(BigDecimal typed, BigDecimal quoted) {
            return typed == null ? quoted == null : quoted != null && typed.compareTo(quoted) == 0;
        }

        private static BigDecimal changed(BigDecimal typed, BigDecimal quoted) {
            return same(typed, quoted) ? null : typed;
        }

        public String getLine() { return ContractVersions.line(line); }
        public String getCurrency() { return line.quote().currency(); }
        public BigDecimal getRatePerMinute() { return ratePerMinute; }
        public void setRatePerMinute(BigDecimal v) { ratePerMinute = v; }
        public BigDecimal getRatePerHour() { return ratePerHour; }
        public void setRatePerHour(BigDecimal v) { ratePerHour = v; }
        public BigDecimal getMonthlyFee() { return monthlyFee; }
        public void setMonthlyFee(BigDecimal v) { monthlyFee = v; }
        public BigDecimal getOveragePerContact() { return overagePerContact; }
        public void setOveragePerContact(BigDecimal v) { overagePerContact = v; }
    }

    public String saveGovernance() {
        var roles = responsibilities.stream().filter(r -> !r.isBlank())
                .map(r -> new Responsibility(r.role, r.party, r.responsibility)).toList();
        var levels = new ArrayList<EscalationLevel>();
        escalation.stream().filter(r -> !r.isBlank()).forEach(r -> levels.add(new EscalationLevel(levels.size() + 1, r.contact, r.responseHours)));
        var governance = new Governance(internalLiaison, vendorAccountManager, roles, levels, operationsMeetings,
                monthlyPerformanceReview, quarterlyBusinessReview, contactReasonReports);
        return run("Governance saved.", () -> work.setGovernance(id(), governance, origin()));
    }

    public String saveTerm() {
        var term = new ContractTerm(startsOn, endsOn, renewal, renewalMonths, nonRenewalNoticeDays, convenienceNoticeDays);
        return run("Term saved.", () -> work.setTerm(id(), term, origin()));
    }

    public String saveServiceLevels() {
        var levels = slas.stream().filter(r -> r.included)
                .map(r -> new ServiceLevel(r.metric, r.target, r.threshold, r.period, r.creditPercent)).toList();
        return run("SLAs saved.", () -> work.setServiceLevels(id(), new ServiceLevels(levels, creditCapPercent), origin()));
    }

    public String saveTermination() {
        var grounds = triggers.stream().filter(t -> !t.isBlank())
                .map(t -> new CauseTrigger(t.kind, t.metric, t.breachedPeriods, t.ofPeriods, t.cureDays)).toList();
        var schedule = fees.stream().filter(f -> !f.isBlank()).map(f -> new ConvenienceFee(f.fromMonth, f.fee)).toList();
        var terms = new TerminationTerms(grounds, schedule, liabilityCap, terminationFeeCap, exitAssistanceMonths, exitAssistance);
        return run("Termination terms saved.", () -> work.setTermination(id(), terms, origin()));
    }

    public String submit() {
        return run("Submitted for legal review.", () -> work.submit(id(), origin()));
    }

    public String passLegalReview() {
        return run("Legal review passed.", "Only legal reviewers pass a contract's legal review.",
                () -> work.reviewLegally(id(), true, reviewComment, origin()));
    }

    public String requestLegalChanges() {
        return run("Sent back to draft with your comment.", "Only legal reviewers review a contract.",
                () -> work.reviewLegally(id(), false, reviewComment, origin()));
    }

    public String approve() {
        return run(contract.status().signed() ? "Amendment approved: it is the contract's version " + (contract.version() + 1) + "."
                : "Contract approved: signatures follow.", "Only approvers approve a contract.",
                () -> work.decide(id(), true, reviewComment, origin()));
    }

    public String requestApprovalChanges() {
        return run("Sent back to draft with your comment.", "Only approvers decide on a contract.",
                () -> work.decide(id(), false, reviewComment, origin()));
    }

    public String recordSignature() {
        return run("Signature recorded.", () -> work.recordSignature(id(), signatureParty, signatory, signedOn, origin()));
    }

    private String run(String done, Supplier<Boolean> action) {
        return run(done, "Only procurement staff draft a contract and record its signatures.", action);
    }

    private String run(String done, String notPermitted, Supplier<Boolean> action) {
        return FormActions.run(faces, done, "/contracting/contract.xhtml?faces-redirect=true&id=" + engagementId, notPermitted,
                action);
    }

    private EngagementId id() {
        return new EngagementId(contract.engagementId());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    public boolean isDrafter() {
        return contract != null && contract.status() == ContractStatus.DRAFT && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** Legal review, of the contract or of an amendment, is this user's to give now. */
    public boolean isLegalReviewer() {
        return contract != null && (contract.status() == ContractStatus.IN_LEGAL_REVIEW
                || contract.amendment() != null && Amendment.IN_LEGAL_REVIEW.equals(contract.amendment().status()))
                && faces.getExternalContext().isUserInRole("LEGAL");
    }

    /** Approval, of the contract or of an amendment, is this user's to give now (the contract refuses a drafter or the legal reviewer, and says so). */
    public boolean isApprover() {
        return contract != null && (contract.status() == ContractStatus.LEGALLY_APPROVED
                || contract.amendment() != null && Amendment.LEGALLY_APPROVED.equals(contract.amendment().status()))
                && faces.getExternalContext().isUserInRole("APPROVER");
    }

    /** Signatures are this user's to record now. */
    public boolean isSignatureRecorder() {
        return contract != null && contract.status() == ContractStatus.APPROVED && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** The parties that have not signed yet. */
    public List<Party> getUnsignedParties() {
        return Arrays.stream(Party.values()).filter(p -> contract.signatures().stream().noneMatch(s -> s.party() == p)).toList();
    }

    /** The sections still missing before legal review, in words. */
    public String getMissingSections() {
        return String.join(", ", contract.missingSections().stream().map(ContractPageBean::sectionLabel).toList());
    }

    private static String sectionLabel(String field) {
        return switch (field) {
            case "term" -> "term";
            case "serviceLevels" -> "SLAs";
            case "governance" -> "governance";
            case "dataTerms" -> "data and call recording";
            case "termination" -> "termination";
            default -> field;
        };
    }

    public CauseKind[] getCauseKinds() {
        return CauseKind.values();
    }

    public SlaMetric[] getMetrics() {
        return SlaMetric.values();
    }

    /** The saved term in a sentence: its days, how it renews, and the day notice not to renew is due. */
    public String getTermSummary() {
        var term = contract.term();
        String renewal = term.renewal() == RenewalMode.AUTOMATIC
                ? "renews automatically for " + term.renewalMonths() + " months unless notice is given by "
                : "ends unless both sides decide to renew; notice not to renew is due by ";
        return term.startsOn() + " to " + term.endsOn() + " (" + (java.time.temporal.ChronoUnit.DAYS.between(term.startsOn(),
                term.endsOn()) + 1) + " days); " + renewal + term.nonRenewalNoticeBy() + "; " + term.convenienceNoticeDays()
                + " days' notice to end it for convenience.";
    }

    public String saveDataTerms() {
        var terms = new DataTerms(recordedSharePercent, retentionDays, dataAccess, returnAndDestruction, destroyWithinDays);
        return run("Data terms saved.", () -> work.setDataTerms(id(), terms, origin()));
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public Party[] getParties() {
        return Party.values();
    }

    /** A ground for cause, as typed. */
    public static final class TriggerRow {
        private CauseKind kind;
        private SlaMetric metric;
        private Integer breachedPeriods;
        private Integer ofPeriods;
        private Integer cureDays;

        TriggerRow(CauseKind kind, SlaMetric metric, Integer breachedPeriods, Integer ofPeriods, Integer cureDays) {
            this.kind = kind;
            this.metric = metric;
            this.breachedPeriods = breachedPeriods;
            this.ofPeriods = ofPeriods;
            this.cureDays = cureDays;
        }

        boolean isBlank() {
            return kind == null && metric == null && breachedPeriods == null && ofPeriods == null && cureDays == null;
        }

        public CauseKind getKind() { return kind; }
        public void setKind(CauseKind v) { kind = v; }
        public SlaMetric getMetric() { return metric; }
        public void setMetric(SlaMetric v) { metric = v; }
        public Integer getBreachedPeriods() { return breachedPeriods; }
        public void setBreachedPeriods(Integer v) { breachedPeriods = v; }
        public Integer getOfPeriods() { return ofPeriods; }
        public void setOfPeriods(Integer v) { ofPeriods = v; }
        public Integer getCureDays() { return cureDays; }
        public void setCureDays(Integer v) { cureDays = v; }
    }

    /** A step of the convenience fee schedule, as typed. */
    public static final class FeeRow {
        private Integer fromMonth;
        private BigDecimal fee;

        FeeRow(Integer fromMonth, BigDecimal fee) {
            this.fromMonth = fromMonth;
            this.fee = fee;
        }

        boolean isBlank() {
            return fromMonth == null && fee == null;
        }

        public Integer getFromMonth() { return fromMonth; }
        public void setFromMonth(Integer v) { fromMonth = v; }
        public BigDecimal getFee() { return fee; }
        public void setFee(BigDecimal v) { fee = v; }
    }

    /** A role of the responsibilities table, as typed. */
    public static final class ResponsibilityRow {
        private String role;
        private Party party;
        private String responsibility;

        ResponsibilityRow(String role, Party party, String responsibility) {
            this.role = role;
            this.party = party;
            this.responsibility = responsibility;
        }

        boolean isBlank() {
            return (role == null || role.isBlank()) && party == null && (responsibility == null || responsibility.isBlank());
        }

        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public Party getParty() { return party; }
        public void setParty(Party v) { party = v; }
        public String getResponsibility() { return responsibility; }
        public void setResponsibility(String v) { responsibility = v; }
    }

    /** A level of the escalation matrix, as typed; levels are numbered in the order given. */
    public static final class EscalationRow {
        private String contact;
        private Integer responseHours;

        EscalationRow(String contact, Integer responseHours) {
            this.contact = contact;
            this.responseHours = responseHours;
        }

        boolean isBlank() {
            return (contact == null || contact.isBlank()) && responseHours == null;
        }

        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
        public Integer getResponseHours() { return responseHours; }
        public void setResponseHours(Integer v) { responseHours = v; }
    }

    public RenewalMode[] getRenewalModes() {
        return RenewalMode.values();
    }

    public MeasurementPeriod[] getPeriods() {
        return MeasurementPeriod.values();
    }

    /** A metric of the catalogue, with the SLA on it as typed (if included). */
    public static final class SlaRow {
        private final SlaMetric metric;
        private boolean included;
        private BigDecimal target;
        private Integer threshold;
        private MeasurementPeriod period = MeasurementPeriod.MONTHLY;
        private BigDecimal creditPercent;

        SlaRow(SlaMetric metric) {
            this.metric = metric;
        }

        public SlaMetric getMetric() { return metric; }
        public boolean isIncluded() { return included; }
        public void setIncluded(boolean v) { included = v; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal v) { target = v; }
        public Integer getThreshold() { return threshold; }
        public void setThreshold(Integer v) { threshold = v; }
        public MeasurementPeriod getPeriod() { return period; }
        public void setPeriod(MeasurementPeriod v) { period = v; }
        public BigDecimal getCreditPercent() { return creditPercent; }
        public void setCreditPercent(BigDecimal v) { creditPercent = v; }

        /** What the target means, in words: at least or at most, in the metric's unit. */
        public String getTargetHint() {
            return (metric.higherIsBetter() ? "at least " : "at most ") + metric.unit();
        }

        public String getThresholdHint() {
            return switch (metric.threshold()) {
                case SECONDS -> "T, seconds";
                case HOURS -> "N, hours";
                case NONE -> "";
            };
        }
    }

    public String getEngagementId() { return engagementId; }
    public ContractView getContract() { return contract; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public RenewalMode getRenewal() { return renewal; }
    public void setRenewal(RenewalMode v) { renewal = v; }
    public Integer getRenewalMonths() { return renewalMonths; }
    public void setRenewalMonths(Integer v) { renewalMonths = v; }
    public Integer getNonRenewalNoticeDays() { return nonRenewalNoticeDays; }
    public void setNonRenewalNoticeDays(Integer v) { nonRenewalNoticeDays = v; }
    public Integer getConvenienceNoticeDays() { return convenienceNoticeDays; }
    public void setConvenienceNoticeDays(Integer v) { convenienceNoticeDays = v; }
    public List<SlaRow> getSlas() { return slas; }
    public BigDecimal getCreditCapPercent() { return creditCapPercent; }
    public void setCreditCapPercent(BigDecimal v) { creditCapPercent = v; }
    public String getInternalLiaison() { return internalLiaison; }
    public void setInternalLiaison(String v) { internalLiaison = v; }
    public String getVendorAccountManager() { return vendorAccountManager; }
    public void setVendorAccountManager(String v) { vendorAccountManager = v; }
    public List<ResponsibilityRow> getResponsibilities() { return responsibilities; }
    public List<EscalationRow> getEscalation() { return escalation; }
    public Cadence getOperationsMeetings() { return operationsMeetings; }
    public void setOperationsMeetings(Cadence v) { operationsMeetings = v; }
    public boolean isMonthlyPerformanceReview() { return monthlyPerformanceReview; }
    public void setMonthlyPerformanceReview(boolean v) { monthlyPerformanceReview = v; }
    public boolean isQuarterlyBusinessReview() { return quarterlyBusinessReview; }
    public void setQuarterlyBusinessReview(boolean v) { quarterlyBusinessReview = v; }
    public Integer getRecordedSharePercent() { return recordedSharePercent; }
    public void setRecordedSharePercent(Integer v) { recordedSharePercent = v; }
    public Integer getRetentionDays() { return retentionDays; }
    public void setRetentionDays(Integer v) { retentionDays = v; }
    public String getDataAccess() { return dataAccess; }
    public void setDataAccess(String v) { dataAccess = v; }
    public String getReturnAndDestruction() { return returnAndDestruction; }
    public void setReturnAndDestruction(String v) { returnAndDestruction = v; }
    public Integer getDestroyWithinDays() { return destroyWithinDays; }
    public void setDestroyWithinDays(Integer v) { destroyWithinDays = v; }
    public Cadence getContactReasonReports() { return contactReasonReports; }
    public void setContactReasonReports(Cadence v) { contactReasonReports = v; }
    public List<TriggerRow> getTriggers() { return triggers; }
    public List<FeeRow> getFees() { return fees; }
    public BigDecimal getLiabilityCap() { return liabilityCap; }
    public void setLiabilityCap(BigDecimal v) { liabilityCap = v; }
    public BigDecimal getTerminationFeeCap() { return terminationFeeCap; }
    public void setTerminationFeeCap(BigDecimal v) { terminationFeeCap = v; }
    public Integer getExitAssistanceMonths() { return exitAssistanceMonths; }
    public void setExitAssistanceMonths(Integer v) { exitAssistanceMonths = v; }
    public String getExitAssistance() { return exitAssistance; }
    public void setExitAssistance(String v) { exitAssistance = v; }
    public String getReviewComment() { return reviewComment; }
    public void setReviewComment(String v) { reviewComment = v; }
    public Party getSignatureParty() { return signatureParty; }
    public void setSignatureParty(Party v) { signatureParty = v; }
    public String getSignatory() { return signatory; }
    public void setSignatory(String v) { signatory = v; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getAmendFrom() { return amendFrom; }
    public void setAmendFrom(LocalDate v) { amendFrom = v; }
    public String getAmendReason() { return amendReason; }
    public void setAmendReason(String v) { amendReason = v; }
    public LocalDate getAmendEndsOn() { return amendEndsOn; }
    public void setAmendEndsOn(LocalDate v) { amendEndsOn = v; }
    public Integer getAmendNoticeDays() { return amendNoticeDays; }
    public void setAmendNoticeDays(Integer v) { amendNoticeDays = v; }
    public List<SlaRow> getAmendSlas() { return amendSlas; }
    public List<RateRow> getAmendRates() { return amendRates; }
    public Integer getCompareFrom() { return compareFrom; }
    public void setCompareFrom(Integer v) { compareFrom = v; }
    public Integer getCompareTo() { return compareTo; }
    public void setCompareTo(Integer v) { compareTo = v; }
    public void setSignedOn(LocalDate v) { signedOn = v; }
}
