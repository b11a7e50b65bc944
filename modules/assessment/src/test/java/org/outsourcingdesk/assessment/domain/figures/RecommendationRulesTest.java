package org.outsourcingdesk.assessment.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.Rating;
import org.outsourcingdesk.assessment.api.model.Recommendation.RuleResult;
import org.outsourcingdesk.assessment.domain.AssessmentExamples;

class RecommendationRulesTest {

    private static final org.outsourcingdesk.assessment.api.model.AssessmentFigures FIGURES = AssessmentCalculator.figures(
            "USD", AssessmentExamples.demand(), AssessmentExamples.baseline(), null, AssessmentExamples.rateCard(),
            AssessmentExamples.usd());

    private static QualitativeFactors rated(Object... factorAndRating) {
        var ratings = new ArrayList<FactorRating>();
        for (int i = 0; i < factorAndRating.length; i += 2) {
            ratings.add(new FactorRating((Factor) factorAndRating[i], (Rating) factorAndRating[i + 1], null));
        }
        return new QualitativeFactors(ratings);
    }

    private static org.outsourcingdesk.assessment.api.model.Recommendation recommend(QualitativeFactors factors) {
        return RecommendationRules.recommend(AssessmentExamples.demand(), factors, FIGURES.options());
    }

    @Test
    void outsourcesWhenNothingSpeaksAgainstItAndSomethingSaves() {
        assertThat(FIGURES.options()).anyMatch(o -> o.savingMid().signum() > 0);
        var recommendation = recommend(rated(Factor.COMPLEXITY, Rating.LOW));
        assertThat(recommendation.outcome()).isEqualTo(DecisionOutcome.OUTSOURCE);
        assertThat(recommendation.rules()).filteredOn(RuleResult::decides).filteredOn(RuleResult::applies)
                .extracting(RuleResult::rule).containsExactly("OutsourceOtherwise");
    }

    @Test
    void faceToFaceServiceStaysInHouseBeforeAnythingElse() {
        var recommendation = recommend(rated(Factor.FACE_TO_FACE, Rating.HIGH, Factor.COMPLEXITY, Rating.HIGH));
        assertThat(recommendation.outcome()).isEqualTo(DecisionOutcome.KEEP_IN_HOUSE);
        assertThat(recommendation.rules().get(0).applies()).isTrue();
    }

    @Test
    void complexWorkMakesItHybrid() {
        assertThat(recommend(rated(Factor.COMPLEXITY, Rating.HIGH)).outcome()).isEqualTo(DecisionOutcome.HYBRID);
    }

    @Test
    void unwelcomeOffshoringWithAFeasibleRemoteTeamMakesItARemoteTeam() {
        var recommendation = recommend(rated(Factor.CUSTOMER_PERCEPTION, Rating.HIGH, Factor.REMOTE_TEAM, Rating.HIGH));
        assertThat(recommendation.outcome()).isEqualTo(DecisionOutcome.REMOTE_TEAM);
        assertThat(recommendation.domesticOnly()).isTrue();
    }

    @Test
    void withoutASavingServiceStaysInHouseUnlessCustomersNeedMore() {
        var noSaving = FIGURES.options().stream().map(o -> new org.outsourcingdesk.assessment.api.model.OptionCost(
                o.channel(), o.regionCode(), o.regionName(), o.domestic(), o.pricingModel(), o.quantity(), o.unit(),
                o.low(), o.mid(), o.high(), o.inHouse(), o.savingLow(), o.mid().negate(), o.savingHigh(), -1,
                o.breakEven())).toList();
        assertThat(RecommendationRules.recommend(AssessmentExamples.demand(), rated(), noSaving).outcome())
                .isEqualTo(DecisionOutcome.KEEP_IN_HOUSE);
        assertThat(RecommendationRules.recommend(AssessmentExamples.demand(), rated(Factor.CUSTOMER_NEEDS, Rating.HIGH),
                noSaving).outcome()).isEqualTo(DecisionOutcome.OUTSOURCE);
        assertThat(List.of(FIGURES.recommendation().rules().size())).containsExactly(9);
    }
}
