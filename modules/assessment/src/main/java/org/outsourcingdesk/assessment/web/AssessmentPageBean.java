package org.outsourcingdesk.assessment.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.OptionCost;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.Rating;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.application.AssessmentWork;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Backs the assessment page ({@code engagements/assessment.xhtml?id=...&tab=...}): six tabs, each
 * saved on its own, so an analyst can stop after any of them and come back.
 */
@Named("assessmentPage")
@RequestScoped
public class AssessmentPageBean {

    static final List<String> TABS = List.of("demand", "staffing", "cost", "options", "factors", "decision");
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    @Inject
    AssessmentWork work;
    @Inject
    FacesContext faces;

    private EngagementView engagement;
    private AssessmentView assessment;
    private int tabIndex;
    private final List<ChannelForm> channels = new ArrayList<>();
    private Double maxOccupancyPercent;
    private Double shrinkagePercent;
    private Double paidHoursPerFte;
    private BaselineForm baseline = new BaselineForm();
    private final List<FactorForm> factors = new ArrayList<>();
    private DecisionOutcome outcome;
    private List<String> scopeChannels = new ArrayList<>();
    private List<String> scopeRegions = new ArrayList<>();
    private List<String> scopeModels = new ArrayList<>();
    private String rationale;
    private String comment;
    private String reason;
    private List<ChannelStaffing> staffing;
    private String staffingProblem;
    private AssessmentFigures figures;
    private String figuresProblem;
    private boolean figuresComputed;

    @PostConstruct
    void load() {
        var params = faces.getExternalContext().getRequestParameterMap();
        engagement = EngagementId.parse(params.get("id")).flatMap(work::engagement).orElse(null);
        tabIndex = Math.max(0, TABS.indexOf(params.getOrDefault("tab", "demand")));
        if (engagement == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        assessment = work.assessment(new EngagementId(engagement.id()));
        var demand = assessment.demand();
        var assumptions = demand == null ? StaffingAssumptions.usual() : demand.assumptions();
        maxOccupancyPercent = assumptions.maxOccupancyPercent();
        shrinkagePercent = assumptions.shrinkagePercent();
        paidHoursPerFte = assumptions.paidHoursPerFte();
        for (Channel channel : Channel.values()) {
            channels.add(demand == null ? new ChannelForm(channel)
                    : demand.channel(channel).map(ChannelForm::of).orElseGet(() -> new ChannelForm(channel)));
        }
        baseline = BaselineForm.of(assessment.baseline());
        for (Factor factor : Factor.values()) {
            FactorRating recorded = assessment.factors() == null ? null : assessment.factors().ratings().stream()
                    .filter(r -> r.factor() == factor).findFirst().orElse(null);
            factors.add(new FactorForm(factor, recorded));
        }
        if (demand != null) {
            scopeChannels = new ArrayList<>(demand.channels().stream().map(c -> c.channel().name()).toList());
        }
    }

    // ---- actions

    public String saveDemand() {
        var served = channels.stream().filter(ChannelForm::isServed).toList();
        var profile = new DemandProfile(served.stream().map(ChannelForm::toDemand).toList(), new StaffingAssumptions(
                maxOccupancyPercent, shrinkagePercent, paidHoursPerFte));
        return run("demand", "staffing", "Demand profile saved; here is the staffing it needs.",
                () -> work.recordDemand(id(), profile, origin()));
    }

    public String saveBaseline() {
        return run("cost", "cost", "Cost baseline saved.", () -> work.recordBaseline(engagement, baseline.toBaseline(), origin()));
    }

    public String saveFactors() {
        var ratings = factors.stream().map(FactorForm::toRating).filter(r -> r != null).toList();
        return run("factors", "factors", "Factors saved; the recommendation below follows from them.",
                () -> work.recordFactors(id(), new QualitativeFactors(ratings), origin()));
    }

    public String propose() {
        if (outcome == null) {
            return refuse("decision", "outcome", "Choose the decision to propose.");
        }
        var inScope = scopeChannels.stream().map(Channel::valueOf).toList();
        var models = scopeModels.stream().map(PricingModel::valueOf).toList();
        return run("decision", "decision", "Decision proposed; it waits for an approver.", () -> work.propose(engagement, outcome,
                inScope, scopeRegions, models, rationale, origin()));
    }

    public String approve() {
        return run("decision", "decision", "Decision approved.", () -> work.approve(id(), comment, origin()));
    }

    public String reject() {
        return run("decision", "decision", "Proposal rejected; it is back with the analyst.", () -> work.reject(id(), comment, origin()));
    }

    public String reopen() {
        return run("decision", "decision", "Assessment reopened.", () -> work.reopen(id(), reason, origin()));
    }

    /**
     * Runs a command; on success redirects to the next tab (so a reload never sends it twice); on a
     * broken rule, stays on the tab, puts its message beside the field at fault and keeps everything typed.
     */
    private String run(String tab, String next, String done, BooleanSupplier action) {
        try {
            boolean visible = action.getAsBoolean();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    visible ? done : done + " The page will show it in a moment.", null));
            return "/engagements/assessment.xhtml?faces-redirect=true&id=" + engagement.id() + "&tab=" + next;
        } catch (CommandNotPermittedException notPermitted) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Your role may not do this.", null));
            return null;
        } catch (ConcurrencyException concurrent) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Someone else changed this assessment at the same moment. Reload the page and try again.", null));
            return null;
        } catch (BusinessRuleViolation rule) {
            tabIndex = TABS.indexOf(tab);
            return refuse(tab, rule.field(), rule.getMessage());
        }
    }

    private String refuse(String tab, String field, String message) {
        tabIndex = TABS.indexOf(tab);
        String clientId = clientId(tab, field);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        if (clientId != null) {
            // the field's message is beside it; the summary at the top says there is one
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        faces.validationFailed();
        return null;
    }

    /**
     * The input a rule's field names on the tab's form: {@code channels.EMAIL.ahtSeconds} on the
     * demand tab is {@code demandForm:EMAIL_ahtSeconds}; null when no input matches.
     */
    private String clientId(String tab, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String form = switch (tab) {
            case "demand" -> "demandForm";
            case "cost" -> "baselineForm";
            case "factors" -> "factorsForm";
            default -> "decisionForm";
        };
        String local = "demand".equals(tab) && field.startsWith("channels.") ? field.substring("channels.".length()) : field;
        for (String candidate : List.of("tabs:" + form + ":" + local.replace('.', '_'), form + ":" + local.replace('.', '_'))) {
            try {
                var component = faces.getViewRoot().findComponent(":" + candidate);
                if (component != null) {
                    return component.getClientId(faces);
                }
            } catch (IllegalArgumentException notANamingContainer) {
                // try the next form of the id
            }
        }
        return null;
    }

    // ---- what the page shows

    public EngagementView getEngagement() {
        return engagement;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public String getId() {
        return engagement == null ? null : engagement.id();
    }

    public int getTabIndex() {
        return tabIndex;
    }

    public void setTabIndex(int tabIndex) {
        this.tabIndex = tabIndex;
    }

    public String getStatusLabel() {
        return assessment.status().label();
    }

    /** Procurement may change the inputs while the assessment is in progress in the assessment stage. */
    public boolean isEditable() {
        return assessment != null && assessment.status() == AssessmentStatus.IN_PROGRESS
                && engagement.stage() == Stage.ASSESSMENT && faces.getExternalContext().isUserInRole("PROCUREMENT");
    }

    public boolean isProposable() {
        return isEditable();
    }

    /** An approver other than the proposer may approve or reject. */
    public boolean isDecidable() {
        return assessment != null && assessment.status() == AssessmentStatus.PROPOSED
                && faces.getExternalContext().isUserInRole("APPROVER")
                && !assessment.proposal().proposedBy().equals(faces.getExternalContext().getRemoteUser());
    }

    /** Why the approval buttons are not there, for an approver who proposed it. */
    public boolean isOwnProposal() {
        return assessment != null && assessment.status() == AssessmentStatus.PROPOSED
                && assessment.proposal().proposedBy().equals(faces.getExternalContext().getRemoteUser());
    }

    public boolean isReopenable() {
        return assessment != null && assessment.status() == AssessmentStatus.DECIDED
                && faces.getExternalContext().isUserInRole("APPROVER");
    }

    public List<ChannelForm> getChannels() {
        return channels;
    }

    public List<ChannelStaffing> getStaffing() {
        if (staffing == null && staffingProblem == null && assessment != null) {
            if (assessment.demand() == null) {
                staffingProblem = "Record the demand profile first; staffing is computed from it.";
            } else {
                try {
                    staffing = AssessmentCalculator.staffing(assessment.demand());
                } catch (BusinessRuleViolation beyondTheModel) {
                    staffingProblem = beyondTheModel.getMessage();
                }
            }
        }
        return staffing == null ? List.of() : staffing;
    }

    public String getStaffingProblem() {
        getStaffing();
        return staffingProblem;
    }

    /** The figures: the decision's own when proposed or decided, else computed live. */
    public AssessmentFigures getFigures() {
        if (!figuresComputed && assessment != null) {
            figuresComputed = true;
            if (assessment.proposal() != null) {
                figures = assessment.proposal().figures();
            } else if (assessment.decision() != null) {
                figures = assessment.decision().figures();
            } else {
                try {
                    figures = work.figures(engagement);
                } catch (BusinessRuleViolation missing) {
                    figuresProblem = missing.getMessage();
                }
            }
        }
        return figures;
    }

    public String getFiguresProblem() {
        getFigures();
        return figuresProblem;
    }

    /** Whether the figures shown are the ones stored with the proposal or decision, not live ones. */
    public boolean isFrozenFigures() {
        return assessment != null && (assessment.proposal() != null || assessment.decision() != null);
    }

    /** The options of one channel. */
    public List<OptionCost> options(Channel channel) {
        var all = getFigures();
        return all == null ? List.of() : all.options().stream().filter(o -> o.channel() == channel).toList();
    }

    public List<Channel> getFigureChannels() {
        var all = getFigures();
        return all == null ? List.of() : all.staffing().stream().map(ChannelStaffing::channel).toList();
    }

    /**
     * A Chart.js bar chart for one channel: each region's cheapest option at mid price, a floating bar
     * from low to high, against the in-house cost as a line.
     */
    public String chart(Channel channel) {
        var options = options(channel);
        if (options.isEmpty()) {
            return null;
        }
        Map<String, OptionCost> bestPerRegion = new LinkedHashMap<>();
        options.stream().sorted(Comparator.comparing(OptionCost::mid))
                .forEach(o -> bestPerRegion.putIfAbsent(o.regionName(), o));
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode range = datasets.addObject().put("label", "Outsourcing, low to high (cheapest model)")
                .put("backgroundColor", "rgba(37, 99, 235, 0.55)");
        ArrayNode ranges = range.putArray("data");
        ObjectNode inHouse = datasets.addObject().put("type", "line").put("label", "In-house")
                .put("borderColor", "#dc2626").put("backgroundColor", "#dc2626").put("pointRadius", 0)
                .put("borderWidth", 2);
        ArrayNode inHouseValues = inHouse.putArray("data");
        bestPerRegion.forEach((region, o) -> {
            labels.add(region + (o.domestic() ? " (domestic)" : ""));
            ranges.addArray().add(o.low()).add(o.high());
            inHouseValues.add(o.inHouse());
        });
        ObjectNode chartOptions = config.putObject("options");
        chartOptions.put("indexAxis", "y").put("responsive", true).put("maintainAspectRatio", false);
        chartOptions.putObject("plugins").putObject("legend").put("position", "bottom");
        // the configuration is written into a script element: region names typed by an administrator
        // must not be able to close it (the characters only occur inside JSON strings, where escapes are equal)
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public ChannelStaffing staffingOf(Channel channel) {
        var all = getFigures();
        return all == null ? null : all.staffing().stream().filter(s -> s.channel() == channel).findFirst().orElse(null);
    }

    public List<FactorForm> getFactors() {
        return factors;
    }

    public List<Rating> getRatings() {
        return Arrays.asList(Rating.values());
    }

    public List<DecisionOutcome> getOutcomes() {
        return Arrays.asList(DecisionOutcome.values());
    }

    public List<Channel> getDemandChannels() {
        return assessment == null || assessment.demand() == null ? List.of()
                : assessment.demand().channels().stream().map(c -> c.channel()).toList();
    }

    public List<RegionRate> getRegions() {
        try {
            return work.currentRateCard().content().regions();
        } catch (BusinessRuleViolation none) {
            return List.of();
        }
    }

    public List<PricingModel> getPricingModels() {
        var served = EnumSet.noneOf(Channel.class);
        served.addAll(getDemandChannels());
        return Arrays.stream(PricingModel.values()).filter(m -> served.stream().anyMatch(m::fits)).toList();
    }

    /** The names of a list of rate-card region codes, for the decision summary. */
    public String regionNames(List<String> codes) {
        var figuresNow = getFigures();
        return codes.stream().map(code -> Optional.ofNullable(figuresNow).flatMap(f -> f.options().stream()
                .filter(o -> o.regionCode().equals(code)).findFirst().map(OptionCost::regionName)).orElse(code))
                .collect(Collectors.joining(", "));
    }

    public String channelNames(List<Channel> list) {
        return list.stream().map(Channel::label).collect(Collectors.joining(", "));
    }

    public String modelNames(List<PricingModel> list) {
        return list.stream().map(PricingModel::label).collect(Collectors.joining(", "));
    }

    /** An amount in the engagement's currency, without cents (these are estimates). */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount) + " " + engagement.currency();
    }

    /** A per-contact amount, with cents. */
    public String perContact(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + engagement.currency();
    }

    public String number(double value, int decimals) {
        var format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String breakEven(OptionCost.BreakEven breakEven) {
        return switch (breakEven.outsourcingCheaper()) {
            case ABOVE -> "cheaper above " + number(breakEven.annualVolume(), 0) + " a year";
            case BELOW -> "cheaper below " + number(breakEven.annualVolume(), 0) + " a year";
            case ALWAYS -> "cheaper at any volume searched";
            case NEVER -> "dearer at any volume searched";
            case NOT_APPLICABLE -> "–";
        };
    }

    // ---- form fields

    public Double getMaxOccupancyPercent() {
        return maxOccupancyPercent;
    }

    public void setMaxOccupancyPercent(Double v) {
        maxOccupancyPercent = v;
    }

    public Double getShrinkagePercent() {
        return shrinkagePercent;
    }

    public void setShrinkagePercent(Double v) {
        shrinkagePercent = v;
    }

    public Double getPaidHoursPerFte() {
        return paidHoursPerFte;
    }

    public void setPaidHoursPerFte(Double v) {
        paidHoursPerFte = v;
    }

    /** The inputs of the cost baseline form, in order: the form property and its label. */
    public List<BaselineField> getBaselineFields() {
        return BASELINE_FIELDS;
    }

    public record BaselineField(String id, String label) {
    }

    private static final List<BaselineField> BASELINE_FIELDS = List.of(
            new BaselineField("annualWagePerFte", "Wage per FTE a year"),
            new BaselineField("payrollBurdenPercent", "Payroll burden (%)"),
            new BaselineField("trainingCostPerHire", "Recruiting and training per hire"),
            new BaselineField("attritionPercentPerYear", "Attrition a year (%)"),
            new BaselineField("equipmentPerSeat", "Equipment and supplies per seat a year"),
            new BaselineField("facilitiesPerSeat", "Rent or facilities per seat a year"),
            new BaselineField("maintenanceAndItPerSeat", "Maintenance and IT per seat a year"),
            new BaselineField("telephonyAndSoftwarePerSeat", "Telephony and software per seat a year"),
            new BaselineField("agentsPerSupervisor", "Agents per supervisor"),
            new BaselineField("supervisorAnnualCost", "Supervisor, loaded cost a year"),
            new BaselineField("managementAnnualCost", "Management, loaded cost a year"));

    public BaselineForm getBaseline() {
        return baseline;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public List<String> getScopeChannels() {
        return scopeChannels;
    }

    public void setScopeChannels(List<String> scopeChannels) {
        this.scopeChannels = scopeChannels;
    }

    public List<String> getScopeRegions() {
        return scopeRegions;
    }

    public void setScopeRegions(List<String> scopeRegions) {
        this.scopeRegions = scopeRegions;
    }

    public List<String> getScopeModels() {
        return scopeModels;
    }

    public void setScopeModels(List<String> scopeModels) {
        this.scopeModels = scopeModels;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private EngagementId id() {
        return new EngagementId(engagement.id());
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }
}
