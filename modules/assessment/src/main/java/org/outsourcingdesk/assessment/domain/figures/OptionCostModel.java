package org.outsourcingdesk.assessment.domain.figures;

import static org.outsourcingdesk.assessment.domain.figures.Amounts.money;
import static org.outsourcingdesk.assessment.domain.figures.Amounts.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.outsourcingdesk.assessment.api.model.BreakEvenSide;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.OptionCost;
import org.outsourcingdesk.assessment.api.model.OptionCost.BreakEven;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/**
 * Costs every way of outsourcing a channel that the rate card offers, and sets each against the
 * in-house cost of the same channel.
 * <ul>
 * <li>Shared per minute: the minutes handled in the year (contacts times handle time) at the
 *     region's per-minute band.</li>
 * <li>Dedicated per agent hour: the agent hours on the queue at the region's hourly band (the
 *     provider carries the shrinkage of its own staff).</li>
 * <li>Monthly: the same agents rounded up to whole full-time agents, each billed its paid hours.</li>
 * <li>Outbound per agent hour: the agent hours at the region's outbound band.</li>
 * <li>Commission: the outbound hourly cost plus the risk premium (low end plus the low premium,
 *     high end plus the high premium).</li>
 * <li>Hourly plus commission: the premium earned only on the share of pay at risk.</li>
 * </ul>
 * Prices are in USD and converted to the engagement's currency. The break-even volume is where
 * the option's mid cost equals the in-house cost, both recomputed at that volume.
 */
public final class OptionCostModel {

    /** The volumes searched for a break-even, as multiples of the forecast. */
    static final double SEARCH_FROM = 0.02;
    static final double SEARCH_TO = 20;
    private static final int GRID = 48;

    private OptionCostModel() {
    }

    /** Every option of one channel, domestic ones first, then cheapest first. */
    public static List<OptionCost> options(ChannelDemand demand, StaffingAssumptions assumptions,
                                           ChannelStaffing staffing, CostBaseline baseline, double management,
                                           RateCardContent rateCard, Conversion conversion) {
        if (staffing.annualVolume() <= 0) {
            // nothing to outsource: no option, and no saving from a cost of zero
            return List.of();
        }
        ToDoubleFunction<ChannelStaffing> inHouseOf = at -> value(InHouseCostModel.channelCost(baseline, at, management).total());
        double inHouse = inHouseOf.applyAsDouble(staffing);
        var grid = new Grid(demand, assumptions, staffing.annualVolume(), inHouseOf);
        var options = new ArrayList<OptionCost>();
        for (RegionRate region : rateCard.regions()) {
            for (PricingModel model : PricingModel.values()) {
                if (!model.fits(demand.channel()) || !offers(region, model)) {
                    continue;
                }
                double[] rate = ratePerUnit(model, region, rateCard);
                double fx = conversion.unitsPerUsd().doubleValue();
                double quantity = quantity(model, demand, assumptions, staffing);
                double low = quantity * rate[0] * fx;
                double high = quantity * rate[1] * fx;
                double mid = (low + high) / 2;
                ToDoubleFunction<ChannelStaffing> midAt = at -> quantity(model, demand, assumptions, at) * (rate[0] + rate[1]) / 2 * fx;
                options.add(new OptionCost(demand.channel(), region.code(), region.name(), region.domestic(), model,
                        quantity, model == PricingModel.SHARED_PER_MINUTE ? "minutes" : "agent hours",
                        money(low), money(mid), money(high), money(inHouse), money(inHouse - high),
                        money(inHouse - mid), money(inHouse - low), inHouse == 0 ? 0 : (inHouse - mid) / inHouse * 100,
                        grid.breakEven(staffing.annualVolume(), midAt)));
            }
        }
        options.sort(Comparator.comparing((OptionCost o) -> !o.domestic()).thenComparing(OptionCost::mid));
        return options;
    }

    static boolean offers(RegionRate region, PricingModel model) {
        return switch (model) {
            case SHARED_PER_MINUTE -> region.sharedPerMinute() != null;
            case DEDICATED_HOURLY -> region.hourly() != null;
            case MONTHLY -> region.hourly() != null && region.monthlyOffered();
            case OUTBOUND_HOURLY, COMMISSION, HOURLY_PLUS_COMMISSION -> region.outboundHourly() != null;
        };
    }

    /** The low and high price of one unit (minute or agent hour) in USD. */
    static double[] ratePerUnit(PricingModel model, RegionRate region, RateCardContent card) {
        double premiumLow = value(card.commissionPremiumPercent().low()) / 100;
        double premiumHigh = value(card.commissionPremiumPercent().high()) / 100;
        double atRisk = card.hourlyPlusCommissionRiskPercent() / 100;
        return switch (model) {
            case SHARED_PER_MINUTE -> band(region.sharedPerMinute().low().doubleValue(), region.sharedPerMinute().high().doubleValue());
            case DEDICATED_HOURLY, MONTHLY -> band(region.hourly().low().doubleValue(), region.hourly().high().doubleValue());
            case OUTBOUND_HOURLY -> band(region.outboundHourly().low().doubleValue(), region.outboundHourly().high().doubleValue());
            case COMMISSION -> band(region.outboundHourly().low().doubleValue() * (1 + premiumLow),
                    region.outboundHourly().high().doubleValue() * (1 + premiumHigh));
            case HOURLY_PLUS_COMMISSION -> band(region.outboundHourly().low().doubleValue() * (1 + atRisk * premiumLow),
                    region.outboundHourly().high().doubleValue() * (1 + atRisk * premiumHigh));
        };
    }

    private static double[] band(double low, double high) {
        return new double[] {low, high};
    }

    /** What is billed in a year: minutes handled, agent hours, or the paid hours of whole agents. */
    static double quantity(PricingModel model, ChannelDemand demand, StaffingAssumptions assumptions,
                           ChannelStaffing staffing) {
        return switch (model) {
            case SHARED_PER_MINUTE -> staffing.annualVolume() * demand.ahtSeconds() / 60;
            case MONTHLY -> Math.ceil(staffing.agentHoursPerYear() / assumptions.paidHoursPerFte() - 1e-9)
                    * assumptions.paidHoursPerFte();
            default -> staffing.agentHoursPerYear();
        };
    }

    /**
     * The channel's staffing and in-house cost at volumes from a fiftieth to twenty times the
     * forecast, computed once and shared by all its options' break-even searches.
     */
    private static final class Grid {
        private final ChannelDemand demand;
        private final StaffingAssumptions assumptions;
        private final ToDoubleFunction<ChannelStaffing> inHouseOf;
        private final double[] volumes = new double[GRID + 1];
        private final ChannelStaffing[] staffing = new ChannelStaffing[GRID + 1];
        private final double[] inHouse = new double[GRID + 1];
        /** The last grid point that could be staffed. */
        private int points = GRID;

        Grid(ChannelDemand demand, StaffingAssumptions assumptions, double forecast,
             ToDoubleFunction<ChannelStaffing> inHouseOf) {
            this.demand = demand;
            this.assumptions = assumptions;
            this.inHouseOf = inHouseOf;
            if (forecast <= 0) {
                return;
            }
            int last = GRID;
            for (int i = 0; i <= GRID; i++) {
                volumes[i] = forecast * SEARCH_FROM * Math.pow(SEARCH_TO / SEARCH_FROM, (double) i / GRID);
                try {
                    staffing[i] = StaffingModel.staffAt(demand, assumptions, volumes[i]);
                } catch (BusinessRuleViolation beyondStaffing) {
                    // more agents than one queue can have: the search stops at the last volume that can be staffed
                    last = i - 1;
                    break;
                }
                inHouse[i] = inHouseOf.applyAsDouble(staffing[i]);
            }
            points = last;
        }

        /**
         * The crossing of the option's cost with the in-house cost nearest the forecast, refined by
         * bisection; "always" or "never" cheaper when they do not cross in the searched range.
         */
        BreakEven breakEven(double forecast, ToDoubleFunction<ChannelStaffing> optionOf) {
            if (forecast <= 0) {
                return new BreakEven(null, BreakEvenSide.NOT_APPLICABLE);
            }
            if (points < 1) {
                return new BreakEven(null, BreakEvenSide.NOT_APPLICABLE);
            }
            double[] gap = new double[GRID + 1];
            for (int i = 0; i <= points; i++) {
                gap[i] = inHouse[i] - optionOf.applyAsDouble(staffing[i]);
            }
            int best = -1;
            for (int i = 0; i < points; i++) {
                if (Math.signum(gap[i]) != Math.signum(gap[i + 1]) && (best < 0
                        || Math.abs(Math.log(volumes[i] / forecast)) < Math.abs(Math.log(volumes[best] / forecast)))) {
                    best = i;
                }
            }
            if (best < 0) {
                return new BreakEven(null, gap[Math.min(GRID / 2, points)] > 0 ? BreakEvenSide.ALWAYS : BreakEvenSide.NEVER);
            }
            double lo = volumes[best];
            double hi = volumes[best + 1];
            double gapLo = gap[best];
            for (int step = 0; step < 30 && hi - lo > 0.5; step++) {
                double middle = (lo + hi) / 2;
                var at = StaffingModel.staffAt(demand, assumptions, middle);
                double g = inHouseOf.applyAsDouble(at) - optionOf.applyAsDouble(at);
                if (Math.signum(g) == Math.signum(gapLo)) {
                    lo = middle;
                    gapLo = g;
                } else {
                    hi = middle;
                }
            }
            // the saving grows with volume when the gap goes from negative to positive
            return new BreakEven(Math.round((lo + hi) / 2), gap[best] < 0 ? BreakEvenSide.ABOVE : BreakEvenSide.BELOW);
        }
    }
}
