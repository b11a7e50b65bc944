package org.outsourcingdesk.assessment.domain.figures;

import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.OptionCost;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.Recommendation;
import org.outsourcingdesk.assessment.api.model.Recommendation.RuleResult;

/**
 * The explicit rules that turn the qualitative factors and the figures into a recommendation. They
 * are checked in order; the first deciding rule that applies decides, the rest support or qualify
 * it. The page shows every rule with whether it applied and why, so nothing is a black box.
 */
public final class RecommendationRules {

    /** A share of expert contacts at or above this makes a complex tier worth keeping. */
    public static final double EXPERT_TIER_PERCENT = 30;
    /** A share of face-to-face contacts at or above this rules outsourcing out. */
    public static final double FACE_TO_FACE_PERCENT = 50;

    private RecommendationRules() {
    }

    public static Recommendation recommend(DemandProfile demand, QualitativeFactors factors, List<OptionCost> options) {
        var rated = factors == null ? new QualitativeFactors(List.of()) : factors;
        boolean domesticOnly = rated.isHigh(Factor.CUSTOMER_PERCEPTION) || rated.isHigh(Factor.DATA_PROTECTION);
        double expertShare = weightedShare(demand, true);
        double faceToFaceShare = weightedShare(demand, false);
        boolean anySaving = options.stream().filter(o -> !domesticOnly || o.domestic())
                .anyMatch(o -> o.savingMid().signum() > 0);
        boolean aroundTheClock = demand.channels().stream().anyMatch(c -> c.openingHours().allDay());

        var rules = new ArrayList<RuleResult>();
        rules.add(new RuleResult("FaceToFaceKeepsServiceInHouse",
                "Service that needs someone in the room cannot be outsourced: keep it in-house.", true,
                rated.isHigh(Factor.FACE_TO_FACE) || faceToFaceShare >= FACE_TO_FACE_PERCENT,
                "Face-to-face needs are rated " + label(rated, Factor.FACE_TO_FACE) + "; "
                        + percent(faceToFaceShare) + " of contacts need them (the rule applies from "
                        + percent(FACE_TO_FACE_PERCENT) + ")."));
        rules.add(new RuleResult("OutsourcingMustCostLess",
                "Outsourcing pays only if it costs less than in-house, unless customers need what staff cannot give.",
                true, !anySaving && !rated.isHigh(Factor.CUSTOMER_NEEDS),
                (anySaving ? "At least one " + (domesticOnly ? "domestic " : "") + "option costs less than in-house"
                        : "No " + (domesticOnly ? "domestic " : "") + "option costs less than in-house")
                        + "; customer needs are rated " + label(rated, Factor.CUSTOMER_NEEDS) + "."));
        rules.add(new RuleResult("RemoteTeamWhenOffshoringIsUnwelcome",
                "When customers or data protection speak against offshoring and a remote team is feasible, hire one directly.",
                true, domesticOnly && rated.isHigh(Factor.REMOTE_TEAM),
                "Customer perception is rated " + label(rated, Factor.CUSTOMER_PERCEPTION) + ", data protection "
                        + label(rated, Factor.DATA_PROTECTION) + ", a remote team's feasibility "
                        + label(rated, Factor.REMOTE_TEAM) + "."));
        rules.add(new RuleResult("ComplexTierStaysInHouse",
                "When many contacts need expert answers, keep that tier in-house and outsource the rest (hybrid).",
                true, rated.isHigh(Factor.COMPLEXITY) || expertShare >= EXPERT_TIER_PERCENT,
                "Complexity is rated " + label(rated, Factor.COMPLEXITY) + "; " + percent(expertShare)
                        + " of contacts need expert answers (the rule applies from " + percent(EXPERT_TIER_PERCENT) + ")."));
        rules.add(new RuleResult("OutsourceOtherwise", "Otherwise outsource the channels that save money.", true, true,
                "No earlier rule applied."));
        rules.add(new RuleResult("DomesticOnlyWhenOffshoringIsUnwelcome",
                "When customers would resent offshoring or data must stay onshore, choose only domestic providers.",
                false, domesticOnly, "Customer perception is rated " + label(rated, Factor.CUSTOMER_PERCEPTION)
                + ", data protection " + label(rated, Factor.DATA_PROTECTION) + "."));
        rules.add(new RuleResult("CoverageBeyondStaffFavoursOutsourcing",
                "Round-the-clock service or volumes beyond today's staff favour a provider.", false,
                aroundTheClock || rated.isHigh(Factor.CUSTOMER_NEEDS),
                (aroundTheClock ? "A channel is open 24/7" : "No channel is open 24/7") + "; customer needs are rated "
                        + label(rated, Factor.CUSTOMER_NEEDS) + "."));
        rules.add(new RuleResult("StaffTimeBetterSpentElsewhere",
                "When contacts need no expert and staff time is valuable elsewhere, outsourcing frees it.", false,
                rated.isHigh(Factor.STAFF_TIME) && expertShare < EXPERT_TIER_PERCENT,
                "Staff time is rated " + label(rated, Factor.STAFF_TIME) + "; " + percent(expertShare)
                        + " of contacts need expert answers."));
        rules.add(new RuleResult("CostMattersMost", "When cost matters most, prefer the cheapest option that meets the rest.",
                false, rated.isHigh(Factor.COST_EFFECTIVENESS),
                "Cost-effectiveness is rated " + label(rated, Factor.COST_EFFECTIVENESS) + "."));

        var outcome = rules.stream().filter(r -> r.decides() && r.applies()).findFirst().map(r -> switch (r.rule()) {
            case "FaceToFaceKeepsServiceInHouse", "OutsourcingMustCostLess" -> DecisionOutcome.KEEP_IN_HOUSE;
            case "RemoteTeamWhenOffshoringIsUnwelcome" -> DecisionOutcome.REMOTE_TEAM;
            case "ComplexTierStaysInHouse" -> DecisionOutcome.HYBRID;
            default -> DecisionOutcome.OUTSOURCE;
        }).orElse(DecisionOutcome.OUTSOURCE);
        return new Recommendation(outcome, domesticOnly, List.copyOf(rules));
    }

    /** The volume-weighted share of expert (or face-to-face) contacts over all channels, in percent. */
    static double weightedShare(DemandProfile demand, boolean expert) {
        double volume = demand.channels().stream().mapToDouble(c -> c.monthlyVolume()).sum();
        if (volume == 0) {
            return 0;
        }
        return demand.channels().stream()
                .mapToDouble(c -> c.monthlyVolume() * (expert ? c.expertPercent() : c.faceToFacePercent())).sum() / volume;
    }

    private static String label(QualitativeFactors factors, Factor factor) {
        return factors.rating(factor).map(r -> r.label().toLowerCase()).orElse("not rated");
    }

    private static String percent(double value) {
        return Math.round(value * 10) / 10.0 + "%";
    }
}
