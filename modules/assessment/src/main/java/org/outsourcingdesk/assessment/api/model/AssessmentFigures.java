package org.outsourcingdesk.assessment.api.model;

import java.util.List;

/**
 * Every figure an assessment decision rests on, as it was when computed: the inputs, the staffing and
 * costs derived from them, the options, the recommendation, and the rate card and currency
 * conversion used. Stored in decision events, so that later changes of inputs or prices never
 * rewrite what was decided.
 */
public record AssessmentFigures(String currency, DemandProfile demand, CostBaseline baseline,
                                QualitativeFactors factors, List<ChannelStaffing> staffing, InHouseCost inHouse,
                                List<OptionCost> options, Recommendation recommendation, int rateCardVersion,
                                Conversion conversion) {
}
