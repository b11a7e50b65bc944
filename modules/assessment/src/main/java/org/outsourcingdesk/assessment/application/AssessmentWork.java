package org.outsourcingdesk.assessment.application;

import org.outsourcingdesk.platform.messaging.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.command.ApproveAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.ProposeAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.RecordCostBaselineCommand;
import org.outsourcingdesk.assessment.api.command.RecordDemandProfileCommand;
import org.outsourcingdesk.assessment.api.command.RecordQualitativeFactorsCommand;
import org.outsourcingdesk.assessment.api.command.RejectAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.command.ReopenAssessmentCommand;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.assessment.api.query.FindConversionQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardQuery;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.AuditMetadata;
import org.outsourcingdesk.platform.messaging.Caller;

/**
 * The assessment as its pages and API work with it: reads the worksheet, computes the live figures
 * with the current rate card, and sends the commands, waiting (briefly) until the worksheet shows
 * their effect so the page that sent them can show it at once.
 */
@ApplicationScoped
public class AssessmentWork {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    /** The engagement, or empty when there is none with this id. */
    public Optional<EngagementView> engagement(EngagementId id) {
        return queries.query(new FindEngagementQuery(id), ResponseTypes.optionalInstanceOf(EngagementView.class)).join();
    }

    /** The assessment as it stands; an empty one in progress when nothing is recorded yet. */
    public AssessmentView assessment(EngagementId id) {
        return find(id).orElseGet(() -> new AssessmentView(id, AssessmentStatus.IN_PROGRESS, null, null, null, null,
                null, null, null, null, null));
    }

    public RateCardVersion currentRateCard() {
        return queries.query(FindRateCardQuery.current(), ResponseTypes.optionalInstanceOf(RateCardVersion.class)).join()
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "RateCardMissing", null,
                        "There is no rate card yet; it is seeded when the product starts."));
    }

    /** How the rate card's USD becomes the engagement's currency today. */
    public Conversion conversion(String currency) {
        return queries.query(new FindConversionQuery(currency, LocalDate.now(ZoneOffset.UTC)),
                ResponseTypes.optionalInstanceOf(Conversion.class)).join()
                .orElseThrow(() -> new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ExchangeRateMissing",
                        null, "There is no exchange rate from USD to " + currency
                        + " yet; an administrator sets one on the rate card page."));
    }

    /** Staffing of every channel of the recorded demand profile. */
    public List<ChannelStaffing> staffing(EngagementId id) {
        var demand = assessment(id).demand();
        if (demand == null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "StaffingNeedsDemandProfile", null,
                    "Record the demand profile first; staffing is computed from it.");
        }
        return AssessmentCalculator.staffing(demand);
    }

    /** Every figure, live: staffing, in-house cost, options, recommendation, with today's rate card and rate. */
    public AssessmentFigures figures(EngagementView engagement) {
        var view = assessment(new EngagementId(engagement.id()));
        if (view.demand() == null || view.baseline() == null) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "FiguresNeedDemandAndBaseline", null,
                    "Record the demand profile and the in-house cost baseline first; the options are costed from both.");
        }
        return AssessmentCalculator.figures(engagement.currency(), view.demand(), view.baseline(), view.factors(),
                currentRateCard(), conversion(engagement.currency()));
    }

    public boolean recordDemand(EngagementId id, DemandProfile profile, Origin origin) {
        send(new RecordDemandProfileCommand(id, profile, origin.username()), origin);
        var recorded = profile == null ? null : profile.normalized();
        return awaitWorksheet(id, v -> java.util.Objects.equals(recorded, v.demand()));
    }

    /** Records the baseline in the engagement's currency (a baseline that names another one is refused). */
    public boolean recordBaseline(EngagementView engagement, CostBaseline baseline, Origin origin) {
        var id = new EngagementId(engagement.id());
        var inCurrency = baseline == null || baseline.currency() != null ? baseline : baseline.in(engagement.currency());
        send(new RecordCostBaselineCommand(id, inCurrency, origin.username()), origin);
        return awaitWorksheet(id, v -> java.util.Objects.equals(inCurrency, v.baseline()));
    }

    public boolean recordFactors(EngagementId id, QualitativeFactors factors, Origin origin) {
        send(new RecordQualitativeFactorsCommand(id, factors, origin.username()), origin);
        return awaitWorksheet(id, v -> factors.equals(v.factors()));
    }

    public boolean propose(EngagementView engagement, DecisionOutcome outcome, List<Channel> channels,
                           List<String> regions, List<PricingModel> pricingModels, String rationale, Origin origin) {
        var id = new EngagementId(engagement.id());
        send(new ProposeAssessmentDecisionCommand(id, outcome, channels, regions, pricingModels, rationale,
                origin.username(), currentRateCard(), conversion(engagement.currency())), origin);
        return awaitWorksheet(id, v -> v.status() == AssessmentStatus.PROPOSED);
    }

    public boolean approve(EngagementId id, String comment, Origin origin) {
        send(new ApproveAssessmentDecisionCommand(id, origin.username(), comment), origin);
        return awaitWorksheet(id, v -> v.status() == AssessmentStatus.DECIDED)
                && awaitEngagement(id, e -> !e.status().startsWith("Proposed"));
    }

    public boolean reject(EngagementId id, String comment, Origin origin) {
        send(new RejectAssessmentDecisionCommand(id, origin.username(), comment), origin);
        return awaitWorksheet(id, v -> v.status() == AssessmentStatus.IN_PROGRESS);
    }

    public boolean reopen(EngagementId id, String reason, Origin origin) {
        send(new ReopenAssessmentCommand(id, reason, origin.username()), origin);
        return awaitWorksheet(id, v -> v.status() == AssessmentStatus.IN_PROGRESS);
    }

    private Optional<AssessmentView> find(EngagementId id) {
        return queries.query(new FindAssessmentQuery(id), ResponseTypes.optionalInstanceOf(AssessmentView.class)).join();
    }

    private void send(Object command, Origin origin) {
        origin.send(commands, command);
    }

    private boolean awaitWorksheet(EngagementId id, Predicate<AssessmentView> shows) {
        return ReadModels.await(() -> find(id).filter(shows), READ_YOUR_WRITE).isPresent();
    }

    private boolean awaitEngagement(EngagementId id, Predicate<EngagementView> shows) {
        return ReadModels.await(() -> engagement(id).filter(shows), READ_YOUR_WRITE).isPresent();
    }
}
