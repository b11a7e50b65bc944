package org.outsourcingdesk.assessment.domain.figures;

import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.AssessmentFigures;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.OptionCost;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;

/**
 * Every figure of an assessment from its inputs, in one pure function: the live pages, the API and
 * the decision (which stores the result in its event) all compute them here, so they always agree.
 */
public final class AssessmentCalculator {

    private AssessmentCalculator() {
    }

    /** Staffing of every channel of the profile. */
    public static List<ChannelStaffing> staffing(DemandProfile demand) {
        return demand.channels().stream().map(c -> StaffingModel.staff(c, demand.assumptions())).toList();
    }

    /**
     * All figures. The baseline is in the engagement's currency; the rate card in USD is converted
     * with {@code conversion}, whose currency must be the engagement's.
     */
    public static AssessmentFigures figures(String currency, DemandProfile demand, CostBaseline baseline,
                                            QualitativeFactors factors, RateCardVersion rateCard, Conversion conversion) {
        var staffing = staffing(demand);
        var inHouse = InHouseCostModel.cost(currency, baseline, staffing);
        double totalFte = staffing.stream().mapToDouble(ChannelStaffing::fte).sum();
        var options = new ArrayList<OptionCost>();
        for (int i = 0; i < staffing.size(); i++) {
            var channel = demand.channels().get(i);
            double management = InHouseCostModel.managementShare(baseline, staffing.get(i), totalFte, staffing.size());
            options.addAll(OptionCostModel.options(channel, demand.assumptions(), staffing.get(i), baseline, management,
                    rateCard.content(), conversion));
        }
        var recommendation = RecommendationRules.recommend(demand, factors, options);
        return new AssessmentFigures(currency, demand, baseline, factors, staffing, inHouse, List.copyOf(options),
                recommendation, rateCard.version(), conversion);
    }
}
