package org.outsourcingdesk.sourcing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.FormActions;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceCheck;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.EvaluatorScores;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;
import org.outsourcingdesk.sourcing.api.model.ReviewFinding;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.Sentiment;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.api.query.VendorView;
import org.outsourcingdesk.sourcing.application.SourcingWork;
import org.outsourcingdesk.sourcing.application.VendorRegistry;

/**
 * Backs a shortlisted vendor's file in a sourcing round: its quotes with their normalised figures, the
 * due-diligence checklist, test calls, online-review findings and the evaluators' scores, each with
 * the form that records it. A refused form keeps what was typed and names the field and the rule.
 */
@Named("roundVendor")
@RequestScoped
public class RoundVendorPageBean {

    @Inject
    SourcingWork work;
    @Inject
    VendorRegistry registry;
    @Inject
    FacesContext faces;

    private String engagementId;
    private String vendorId;
    private SourcingRoundView round;
    private ShortlistEntry entry;
    private VendorView vendor;

    // the quote form
    private Channel channel;
    private String region;
    private PricingModel pricingModel;
    private String currency = "USD";
    private BigDecimal ratePerMinute;
    private BigDecimal ratePerHour;
    private BillingBasis billingBasis = BillingBasis.PRODUCTIVE;
    private BigDecimal monthlyFee;
    private Integer includedContactsPerMonth;
    private BigDecimal overagePerContact;
    private BigDecimal commissionPercent;
    private BigDecimal revenueBasisPerYear;
    private BigDecimal minimumMonthlyCommitment;
    private BigDecimal setupFee;
    private Integer contractMonths = 24;

    // the due-diligence form
    private DueDiligenceItem item;
    private DueDiligenceOutcome outcome;
    private String evidence;
    private final List<ReferenceRow> references = List.of(new ReferenceRow(), new ReferenceRow(), new ReferenceRow());

    // the test-call form
    private LocalDate madeOn = LocalDate.now(ZoneOffset.UTC);
    private Channel callChannel;
    private String scenario;
    private Integer waitSeconds;
    private Integer handleSeconds;
    private boolean resolved;
    private int clarity = 3;
    private int courtesy = 3;
    private String notes;

    // the review form
    private String source;
    private Sentiment sentiment;
    private String summary;

    // the score form
    private final List<ScoreRow> scores = new ArrayList<>();

    @PostConstruct
    void load() {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        engagementId = parameters.get("id");
        vendorId = parameters.get("vendor");
        round = EngagementId.parse(engagementId == null ? "" : engagementId).flatMap(work::round).orElse(null);
        entry = round == null || vendorId == null ? null : round.vendor(vendorId).orElse(null);
        if (entry == null) {
            return;
        }
        vendor = registry.find(vendorId).orElse(null);
        var regions = getRegions();
        region = regions.size() == 1 ? regions.get(0) : null;
        channel = round.channels().size() == 1 ? round.channels().get(0) : null;
        callChannel = channel;
        pricingModel = round.pricingModels().size() == 1 ? round.pricingModels().get(0) : null;
        var mine = entry.scores().stream().filter(s -> s.evaluator().equals(faces.getExternalContext().getRemoteUser()))
                .findFirst();
        for (Criterion criterion : round.criteria()) {
            var row = new ScoreRow(criterion);
            mine.flatMap(m -> m.scores().stream().filter(s -> s.criterionCode().equals(criterion.code())).findFirst())
                    .ifPresent(s -> {
                        row.score = s.score();
                        row.comment = s.comment();
                    });
            scores.add(row);
        }
    }

    public String recordQuote() {
        var quote = new Quote(pricingModel, currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                ratePerMinute, ratePerHour, billingBasis, monthlyFee, includedContactsPerMonth, overagePerContact, commissionPercent,
                revenueBasisPerYear, minimumMonthlyCommitment, setupFee, contractMonths);
        return run("Quote recorded and priced at the approved forecast.",
                () -> work.recordQuote(id(), vendorId, channel, region, quote, origin()));
    }

    public String recordCheck() {
        var named = references.stream().filter(r -> !r.isBlank())
                .map(r -> new ReferenceCheck(r.contact, r.company, r.said)).toList();
        return run("Due diligence recorded.",
                () -> work.recordDueDiligence(id(), vendorId, item, outcome, evidence, named, origin()));
    }

    public String logTestCall() {
        var call = new TestCall(madeOn, callChannel, scenario, waitSeconds, handleSeconds, resolved, clarity, courtesy, notes);
        return run("Test call logged.", () -> work.logTestCall(id(), vendorId, call, origin()));
    }

    public String recordReview() {
        return run("Review finding recorded.",
                () -> work.recordReview(id(), vendorId, new ReviewFinding(source, sentiment, summary), origin()));
    }

    public String saveScores() {
        var given = scores.stream().filter(r -> r.score != null)
                .map(r -> new Score(r.criterion.code(), r.score, r.comment)).toList();
        return run("Your scores are saved.", () -> work.score(id(), vendorId, given, origin()));
    }

    private String run(String done, Supplier<Boolean> action) {
        return FormActions.run(faces, done, "/sourcing/vendor.xhtml?faces-redirect=true&id=" + engagementId + "&vendor=" + vendorId,
                "Only procurement staff work a sourcing round.", action);
    }

    private EngagementId id() {
        return new EngagementId(round.engagementId());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    public boolean isWorker() {
        return entry != null && !entry.dropped() && round.open() && !round.selectionPending() && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    /** The regions the vendor delivers from, as its registry profile stands. */
    public List<String> getRegions() {
        return vendor == null ? List.of() : vendor.profile().deliveryLocations().stream().map(l -> l.region()).distinct().toList();
    }

    public String getRegionsText() {
        return String.join(", ", getRegions());
    }

    /** Every checklist item with its last outcome (if any) and whether it is mandatory. */
    public List<ChecklistRow> getChecklist() {
        var rows = new ArrayList<ChecklistRow>();
        for (DueDiligenceItem each : DueDiligenceItem.values()) {
            rows.add(new ChecklistRow(each, round.mandatoryDueDiligence().contains(each), entry.check(each).orElse(null)));
        }
        return rows;
    }

    public RoundComparison.Row getComparison() {
        return RoundComparison.of(round).row(vendorId).orElse(null);
    }

    public List<EvaluatorScores> getEvaluatorScores() {
        return entry.scores();
    }

    /** An evaluator's score on a criterion, or a dash. */
    public String scoreOf(EvaluatorScores evaluator, String code) {
        return evaluator.scores().stream().filter(s -> s.criterionCode().equals(code)).findFirst()
                .map(s -> s.score() + " · " + s.comment()).orElse("–");
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public PricingModel[] getPricingModels() {
        return PricingModel.values();
    }

    public BillingBasis[] getBillingBases() {
        return BillingBasis.values();
    }

    public DueDiligenceItem[] getItems() {
        return DueDiligenceItem.values();
    }

    public DueDiligenceOutcome[] getOutcomes() {
        return DueDiligenceOutcome.values();
    }

    public Sentiment[] getSentiments() {
        return Sentiment.values();
    }

    /** A checklist line: the item, whether it is mandatory, and its last check. */
    public record ChecklistRow(DueDiligenceItem item, boolean mandatory, DueDiligenceCheck check) {
        public boolean failedMandatory() {
            return mandatory && check != null && check.outcome() == DueDiligenceOutcome.FAILED;
        }
    }

    /** A reference typed on the form. */
    public static final class ReferenceRow {
        private String contact;
        private String company;
        private String said;

        boolean isBlank() {
            return blank(contact) && blank(company) && blank(said);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
        public String getCompany() { return company; }
        public void setCompany(String v) { company = v; }
        public String getSaid() { return said; }
        public void setSaid(String v) { said = v; }
    }

    /** A criterion with the signed-in evaluator's score and reason. */
    public static final class ScoreRow {
        private final Criterion criterion;
        private Integer score;
        private String comment;

        ScoreRow(Criterion criterion) {
            this.criterion = criterion;
        }

        public Criterion getCriterion() { return criterion; }
        public Integer getScore() { return score; }
        public void setScore(Integer v) { score = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { comment = v; }
    }

    public String getEngagementId() { return engagementId; }
    public String getVendorId() { return vendorId; }
    public SourcingRoundView getRound() { return round; }
    public ShortlistEntry getEntry() { return entry; }
    public VendorView getVendor() { return vendor; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public PricingModel getPricingModel() { return pricingModel; }
    public void setPricingModel(PricingModel v) { pricingModel = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public BigDecimal getRatePerMinute() { return ratePerMinute; }
    public void setRatePerMinute(BigDecimal v) { ratePerMinute = v; }
    public BigDecimal getRatePerHour() { return ratePerHour; }
    public void setRatePerHour(BigDecimal v) { ratePerHour = v; }
    public BillingBasis getBillingBasis() { return billingBasis; }
    public void setBillingBasis(BillingBasis v) { billingBasis = v; }
    public BigDecimal getMonthlyFee() { return monthlyFee; }
    public void setMonthlyFee(BigDecimal v) { monthlyFee = v; }
    public Integer getIncludedContactsPerMonth() { return includedContactsPerMonth; }
    public void setIncludedContactsPerMonth(Integer v) { includedContactsPerMonth = v; }
    public BigDecimal getOveragePerContact() { return overagePerContact; }
    public void setOveragePerContact(BigDecimal v) { overagePerContact = v; }
    public BigDecimal getCommissionPercent() { return commissionPercent; }
    public void setCommissionPercent(BigDecimal v) { commissionPercent = v; }
    public BigDecimal getRevenueBasisPerYear() { return revenueBasisPerYear; }
    public void setRevenueBasisPerYear(BigDecimal v) { revenueBasisPerYear = v; }
    public BigDecimal getMinimumMonthlyCommitment() { return minimumMonthlyCommitment; }
    public void setMinimumMonthlyCommitment(BigDecimal v) { minimumMonthlyCommitment = v; }
    public BigDecimal getSetupFee() { return setupFee; }
    public void setSetupFee(BigDecimal v) { setupFee = v; }
    public Integer getContractMonths() { return contractMonths; }
    public void setContractMonths(Integer v) { contractMonths = v; }
    public DueDiligenceItem getItem() { return item; }
    public void setItem(DueDiligenceItem v) { item = v; }
    public DueDiligenceOutcome getOutcome() { return outcome; }
    public void setOutcome(DueDiligenceOutcome v) { outcome = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public List<ReferenceRow> getReferences() { return references; }
    public LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(LocalDate v) { madeOn = v; }
    public Channel getCallChannel() { return callChannel; }
    public void setCallChannel(Channel v) { callChannel = v; }
    public String getScenario() { return scenario; }
    public void setScenario(String v) { scenario = v; }
    public Integer getWaitSeconds() { return waitSeconds; }
    public void setWaitSeconds(Integer v) { waitSeconds = v; }
    public Integer getHandleSeconds() { return handleSeconds; }
    public void setHandleSeconds(Integer v) { handleSeconds = v; }
    public boolean isResolved() { return resolved; }
    public void setResolved(boolean v) { resolved = v; }
    public int getClarity() { return clarity; }
    public void setClarity(int v) { clarity = v; }
    public int getCourtesy() { return courtesy; }
    public void setCourtesy(int v) { courtesy = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public Sentiment getSentiment() { return sentiment; }
    public void setSentiment(Sentiment v) { sentiment = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public List<ScoreRow> getScores() { return scores; }
}
