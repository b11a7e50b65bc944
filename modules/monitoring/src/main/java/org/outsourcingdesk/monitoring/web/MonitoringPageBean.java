package org.outsourcingdesk.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.model.ActionItem;
import org.outsourcingdesk.monitoring.api.model.CustomerFeedback;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.MeetingType;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.monitoring.application.KpiCsv;
import org.outsourcingdesk.monitoring.application.MonitoringWork;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.platform.web.FormActions;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/**
 * The monitoring dashboard of an engagement's contract: a chart per KPI, credits, cost against the
 * in-house baseline, open triggers, the periods, and the forms procurement reports and records with.
 */
@Named("monitoringPage")
@RequestScoped
public class MonitoringPageBean {

    private static final String NOT_PERMITTED = "Only procurement staff report and record monitoring.";

    @Inject
    MonitoringWork work;
    @Inject
    FacesContext faces;

    private String engagementId;
    private MonitoringView monitoring;

    private LocalDate periodStart;
    private final List<LineRow> lines = new ArrayList<>();
    private Integer complaints;
    private Integer badReviews;
    private String findings;
    private String amendmentReason;

    private Part csvFile;
    private String importReason;
    private List<KpiCsv.Problem> importProblems = List.of();

    private String invoiceNumber;
    private LocalDate invoicePeriod;
    private BigDecimal billedMinutes;
    private BigDecimal billedHours;
    private Long billedContacts;
    private BigDecimal invoiceAmount;
    private String invoiceCurrency;
    private BigDecimal exchangeRate;

    private LocalDate planDueOn;
    private Channel planChannel;
    private String planScenario;
    private String logCallId;
    private LocalDate madeOn;
    private Channel callChannel;
    private String callScenario;
    private Integer waitSeconds;
    private Integer handleSeconds;
    private boolean resolved;
    private int clarity = 3;
    private int courtesy = 3;
    private String callNotes;

    private LocalDate reviewedOn;
    private Integer sampleSize;
    private BigDecimal averageScore;
    private String reviewFindings;
    private String feedback;
    private LocalDate feedbackGivenOn;

    private MeetingType meetingType = MeetingType.MONTHLY_PERFORMANCE;
    private LocalDate heldOn;
    private String attendees;
    private String decisions;
    private final List<ItemRow> items = new ArrayList<>(List.of(new ItemRow(), new ItemRow(), new ItemRow()));

    @PostConstruct
    void load() {
        engagementId = faces.getExternalContext().getRequestParameterMap().get("id");
        monitoring = EngagementId.parse(engagementId == null ? "" : engagementId).flatMap(work::monitoring).orElse(null);
        if (monitoring == null) {
            return;
        }
        getChannels().forEach(c -> lines.add(new LineRow(c)));
        invoiceCurrency = monitoring.currency();
    }

    public String report() {
        var reportLines = lines.stream().filter(LineRow::given).map(LineRow::line).toList();
        var report = new PeriodReport(periodStart, reportLines, complaints == null && badReviews == null && blank(findings) ? null
                : new CustomerFeedback(complaints, badReviews, blank(findings) ? null : findings.strip()));
        return run("Period from " + periodStart + " reported and judged.", () -> {
            try {
                return work.report(id(), List.of(report), ReportSource.FORM, amendmentReason, origin());
            } catch (BusinessRuleViolation rule) {
                throw onTheForm(rule, reportLines);
            }
        });
    }

    /** The form has one report and a row per channel: "reports[0].lines[1].abandoned" reads "Email abandoned". */
    private static BusinessRuleViolation onTheForm(BusinessRuleViolation rule, List<KpiLine> lines) {
        String field = rule.field() == null ? null : rule.field().replaceFirst("^reports\\[0]\\.", "");
        var line = field == null ? null : java.util.regex.Pattern.compile("^lines\\[(\\d+)]\\.(.*)$").matcher(field);
        if (line != null && line.matches() && Integer.parseInt(line.group(1)) < lines.size()) {
            field = lines.get(Integer.parseInt(line.group(1))).channel().label() + "." + line.group(2);
        }
        return new BusinessRuleViolation(rule.kind(), rule.rule(), field, rule.getMessage());
    }

    public String importCsv() {
        var csv = FormActions.upload(faces, csvFile, 5_000_000);
        if (csv.isEmpty()) {
            return null;
        }
        try {
            var report = work.importCsv(id(), csv.get(), importReason, origin());
            if (report.imported()) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Imported " + report.periods().size()
                        + " period(s), each judged against the contract version in force.", null));
                return redirect();
            }
            importProblems = report.problems();
            return error("Nothing was imported: " + report.problems().size() + " problem(s) in the file, listed below.");
        } catch (CommandNotPermittedException notPermitted) {
            return error(NOT_PERMITTED);
        }
    }

    public String recordInvoice() {
        var invoice = new Invoice(invoiceNumber, invoicePeriod, billedMinutes, billedHours, billedContacts, invoiceAmount, invoiceCurrency,
                exchangeRate);
        return run("Invoice " + invoiceNumber + " recorded and reconciled.", () -> work.recordInvoice(id(), invoice, origin()));
    }

    public String planTestCall() {
        return run("Test call planned for " + planDueOn + ".", () -> work.scheduleTestCall(id(), new PlannedTestCall(planDueOn, planChannel,
                planScenario), origin()));
    }

    public String logTestCall() {
        var call = new TestCall(madeOn, callChannel, callScenario, waitSeconds, handleSeconds, resolved, clarity, courtesy, callNotes);
        return run("Test call logged.", () -> work.logTestCall(id(), blank(logCallId) ? null : logCallId, call, origin()));
    }

    public String recordReview() {
        var review = new RecordingReview(reviewedOn, sampleSize, averageScore, reviewFindings, feedback, feedbackGivenOn);
        return run("Recording review recorded.", () -> work.recordReview(id(), review, origin()));
    }

    public String recordMeeting() {
        var actionItems = items.stream().filter(ItemRow::given).map(i -> new ActionItem(i.description, i.owner, i.dueOn)).toList();
        var meeting = new GovernanceMeeting(meetingType, heldOn, split(attendees, "[,;\\n]"), split(decisions, "\\n"), actionItems);
        return run("Meeting recorded.", () -> work.recordMeeting(id(), meeting, origin()));
    }

    public String completeItem() {
        var params = faces.getExternalContext().getRequestParameterMap();
        String meetingId = params.get("meetingId");
        int item = Integer.parseInt(params.getOrDefault("item", "0"));
        return run("Action item marked done.", () -> work.completeActionItem(id(), meetingId, item, work.today(), null, origin()));
    }

    private String run(String done, Supplier<Boolean> action) {
        return FormActions.run(faces, done, redirect(), NOT_PERMITTED, action);
    }

    private String redirect() {
        return "/monitoring/monitoring.xhtml?faces-redirect=true&id=" + engagementId;
    }

    private String error(String message) {
        FormActions.error(faces, message);
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> split(String text, String separator) {
        return blank(text) ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private EngagementId id() {
        return new EngagementId(monitoring.engagementId());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    // what the page shows

    public boolean isProcurement() {
        return monitoring != null && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    public ContractVersion getVersionInForce() {
        return monitoring == null ? null : monitoring.versionOn(work.today()).orElse(null);
    }

    public List<Channel> getChannels() {
        var version = monitoring == null || monitoring.versions().isEmpty() ? null : monitoring.versions().get(monitoring.versions().size() - 1);
        return version == null ? List.of() : version.prices().stream().map(p -> p.channel()).distinct().toList();
    }

    public List<SlaMetric> getMetrics() {
        return monitoring == null ? List.of() : MonitoringCharts.metrics(monitoring);
    }

    public boolean hasSla(SlaMetric metric) {
        return monitoring.versions().stream().anyMatch(v -> v.serviceLevels().levels().stream().anyMatch(l -> l.metric() == metric));
    }

    public String kpiChart(SlaMetric metric) {
        return MonitoringCharts.kpi(monitoring, metric);
    }

    public String getCreditsChart() {
        return MonitoringCharts.credits(monitoring);
    }

    public String getCostChart() {
        return MonitoringCharts.cost(monitoring);
    }

    public List<MonitoringView.PeriodView> getPeriodsNewestFirst() {
        var periods = new ArrayList<>(monitoring.periods());
        java.util.Collections.reverse(periods);
        return periods;
    }

    /** Realised cost per contact over every reported period, credits deducted. */
    public BigDecimal getRealisedCostPerContact() {
        long handled = monitoring.periods().stream().mapToLong(p -> p.report().handled()).sum();
        if (handled == 0) {
            return null;
        }
        BigDecimal cost = monitoring.periods().stream().map(p -> p.charge().amount().subtract(p.credits())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return cost.divide(BigDecimal.valueOf(handled), 2, RoundingMode.HALF_UP);
    }

    /** What the reported periods saved against the same contacts handled in-house, credits deducted. */
    public BigDecimal getRealisedSaving() {
        BigDecimal baseline = monitoring.baselineCostPerContact();
        if (baseline == null || monitoring.periods().isEmpty()) {
            return null;
        }
        BigDecimal inHouse = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (var period : monitoring.periods()) {
            inHouse = inHouse.add(baseline.multiply(BigDecimal.valueOf(period.report().handled())));
            paid = paid.add(period.charge().amount().subtract(period.credits()));
        }
        return inHouse.subtract(paid).setScale(2, RoundingMode.HALF_UP);
    }

    /** The expected saving for as many periods as were reported (a year's saving × periods / periods a year). */
    public BigDecimal getExpectedSavingSoFar() {
        if (monitoring.expectedAnnualSaving() == null || monitoring.periods().isEmpty()) {
            return null;
        }
        int perYear = monitoring.cadence() == org.outsourcingdesk.contracting.api.model.MeasurementPeriod.WEEKLY ? 52 : 12;
        return monitoring.expectedAnnualSaving().multiply(BigDecimal.valueOf(monitoring.periods().size()))
                .divide(BigDecimal.valueOf(perYear), 2, RoundingMode.HALF_UP);
    }

    /** A metric's name short enough for a table cell: "Service level", "Customer satisfaction". */
    public String metricName(SlaMetric metric) {
        return metric == SlaMetric.EMAIL_WITHIN_HOURS ? "Emails in time" : metric.label().replaceFirst("[:(].*$", "").strip();
    }

    /** A period's cost per handled contact, or a dash when nothing was handled (EL unwraps an Optional by itself). */
    public String costPerContact(MonitoringView.PeriodView period) {
        return period.costPerContact().map(BigDecimal::toPlainString).orElse("–");
    }

    public long overdueItems() {
        LocalDate today = work.today();
        return monitoring.meetings().stream().flatMap(m -> m.items().stream()).filter(i -> i.overdue(today)).count();
    }

    public boolean overdue(MonitoringView.ItemView item) {
        return item.overdue(work.today());
    }

    public boolean overdueCall(MonitoringView.TestCallView call) {
        return call.overdue(work.today());
    }

    public List<MonitoringView.TestCallView> getPlannedOpen() {
        return monitoring.testCalls().stream().filter(c -> c.call() == null).toList();
    }

    public List<MeetingType> getMeetingTypes() {
        return Arrays.asList(MeetingType.values());
    }

    public String exportUrl(String file) {
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/engagements/" + engagementId + "/monitoring/export/" + file + ".csv";
    }

    /** One channel's figures on the report form. */
    public static final class LineRow {
        private final Channel channel;
        private Long offered;
        private Long handled;
        private Long abandoned;
        private Long answeredInThreshold;
        private Integer speedOfAnswer;
        private Integer handleSeconds;
        private Integer holdSeconds;
        private Long repeats;
        private BigDecimal satisfaction;
        private BigDecimal quality;
        private Long inTargetHours;
        private BigDecimal minutes;
        private BigDecimal hours;

        LineRow(Channel channel) {
            this.channel = channel;
        }

        boolean given() {
            return offered != null || handled != null || abandoned != null || answeredInThreshold != null || speedOfAnswer != null
                    || handleSeconds != null || holdSeconds != null || repeats != null || satisfaction != null || quality != null
                    || inTargetHours != null || minutes != null || hours != null;
        }

        KpiLine line() {
            return new KpiLine(channel, offered, handled, abandoned, answeredInThreshold, speedOfAnswer, handleSeconds, holdSeconds, repeats,
                    satisfaction, quality, inTargetHours, minutes, hours);
        }

        public Channel getChannel() { return channel; }
        public Long getOffered() { return offered; }
        public void setOffered(Long v) { offered = v; }
        public Long getHandled() { return handled; }
        public void setHandled(Long v) { handled = v; }
        public Long getAbandoned() { return abandoned; }
        public void setAbandoned(Long v) { abandoned = v; }
        public Long getAnsweredInThreshold() { return answeredInThreshold; }
        public void setAnsweredInThreshold(Long v) { answeredInThreshold = v; }
        public Integer getSpeedOfAnswer() { return speedOfAnswer; }
        public void setSpeedOfAnswer(Integer v) { speedOfAnswer = v; }
        public Integer getHandleSeconds() { return handleSeconds; }
        public void setHandleSeconds(Integer v) { handleSeconds = v; }
        public Integer getHoldSeconds() { return holdSeconds; }
        public void setHoldSeconds(Integer v) { holdSeconds = v; }
        public Long getRepeats() { return repeats; }
        public void setRepeats(Long v) { repeats = v; }
        public BigDecimal getSatisfaction() { return satisfaction; }
        public void setSatisfaction(BigDecimal v) { satisfaction = v; }
        public BigDecimal getQuality() { return quality; }
        public void setQuality(BigDecimal v) { quality = v; }
        public Long getInTargetHours() { return inTargetHours; }
        public void setInTargetHours(Long v) { inTargetHours = v; }
        public BigDecimal getMinutes() { return minutes; }
        public void setMinutes(BigDecimal v) { minutes = v; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal v) { hours = v; }
    }

    /** An action item on the meeting form. */
    public static final class ItemRow {
        private String description;
        private String owner;
        private LocalDate dueOn;

        boolean given() {
            return !blank(description) || !blank(owner) || dueOn != null;
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate v) { dueOn = v; }
    }

    public String getEngagementId() { return engagementId; }
    public MonitoringView getMonitoring() { return monitoring; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { periodStart = v; }
    public List<LineRow> getLines() { return lines; }
    public Integer getComplaints() { return complaints; }
    public void setComplaints(Integer v) { complaints = v; }
    public Integer getBadReviews() { return badReviews; }
    public void setBadReviews(Integer v) { badReviews = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public String getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(String v) { amendmentReason = v; }
    public Part getCsvFile() { return csvFile; }
    public void setCsvFile(Part v) { csvFile = v; }
    public String getImportReason() { return importReason; }
    public void setImportReason(String v) { importReason = v; }
    public List<KpiCsv.Problem> getImportProblems() { return importProblems; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String v) { invoiceNumber = v; }
    public LocalDate getInvoicePeriod() { return invoicePeriod; }
    public void setInvoicePeriod(LocalDate v) { invoicePeriod = v; }
    public BigDecimal getBilledMinutes() { return billedMinutes; }
    public void setBilledMinutes(BigDecimal v) { billedMinutes = v; }
    public BigDecimal getBilledHours() { return billedHours; }
    public void setBilledHours(BigDecimal v) { billedHours = v; }
    public Long getBilledContacts() { return billedContacts; }
    public void setBilledContacts(Long v) { billedContacts = v; }
    public BigDecimal getInvoiceAmount() { return invoiceAmount; }
    public void setInvoiceAmount(BigDecimal v) { invoiceAmount = v; }
    public String getInvoiceCurrency() { return invoiceCurrency; }
    public void setInvoiceCurrency(String v) { invoiceCurrency = v; }
    public BigDecimal getExchangeRate() { return exchangeRate; }
    public void setExchangeRate(BigDecimal v) { exchangeRate = v; }
    public LocalDate getPlanDueOn() { return planDueOn; }
    public void setPlanDueOn(LocalDate v) { planDueOn = v; }
    public Channel getPlanChannel() { return planChannel; }
    public void setPlanChannel(Channel v) { planChannel = v; }
    public String getPlanScenario() { return planScenario; }
    public void setPlanScenario(String v) { planScenario = v; }
    public String getLogCallId() { return logCallId; }
    public void setLogCallId(String v) { logCallId = v; }
    public LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(LocalDate v) { madeOn = v; }
    public Channel getCallChannel() { return callChannel; }
    public void setCallChannel(Channel v) { callChannel = v; }
    public String getCallScenario() { return callScenario; }
    public void setCallScenario(String v) { callScenario = v; }
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
    public String getCallNotes() { return callNotes; }
    public void setCallNotes(String v) { callNotes = v; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { reviewedOn = v; }
    public Integer getSampleSize() { return sampleSize; }
    public void setSampleSize(Integer v) { sampleSize = v; }
    public BigDecimal getAverageScore() { return averageScore; }
    public void setAverageScore(BigDecimal v) { averageScore = v; }
    public String getReviewFindings() { return reviewFindings; }
    public void setReviewFindings(String v) { reviewFindings = v; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String v) { feedback = v; }
    public LocalDate getFeedbackGivenOn() { return feedbackGivenOn; }
    public void setFeedbackGivenOn(LocalDate v) { feedbackGivenOn = v; }
    public MeetingType getMeetingType() { return meetingType; }
    public void setMeetingType(MeetingType v) { meetingType = v; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate v) { heldOn = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { attendees = v; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String v) { decisions = v; }
    public List<ItemRow> getItems() { return items; }
}
