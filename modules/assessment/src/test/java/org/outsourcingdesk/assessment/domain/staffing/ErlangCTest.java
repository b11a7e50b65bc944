package org.outsourcingdesk.assessment.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    /**
     * The worked example most call-centre calculators publish: 100 calls in 30 minutes, 3-minute
     * handle time, 80 % in 20 s, 30 % shrinkage.
     */
    @Test
    void theClassicWorkedExample() {
        var staffing = StaffingRequirement.forInterval(100, 30, 180, 0.80, 20, 0.85, 0.30);
        assertThat(staffing.trafficErlangs()).isCloseTo(10.0, within(1e-9));
        assertThat(staffing.agents()).isEqualTo(14);
        assertThat(staffing.scheduledAgents()).isEqualTo(20);
        assertThat(staffing.serviceLevel()).isCloseTo(0.888, within(0.0005));
        assertThat(staffing.probabilityOfWaiting()).isCloseTo(0.174, within(0.0005));
        assertThat(staffing.averageSpeedOfAnswerSeconds()).isCloseTo(7.84, within(0.005));
        assertThat(staffing.occupancy()).isCloseTo(0.714, within(0.0005));
    }

    @Test
    void oneAgentFewerMissesTheTarget() {
        assertThat(ErlangC.serviceLevel(10, 13, 180, 20)).isLessThan(0.80);
        assertThat(ErlangC.serviceLevel(10, 14, 180, 20)).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void anOccupancyCapCanBindBeforeTheServiceLevel() {
        // a loose target is met by 11 agents, but 10 Erlangs at most 80 % busy need 13
        assertThat(ErlangC.agentsFor(10, 180, 0.50, 20, 1.0)).isLessThan(13);
        assertThat(ErlangC.agentsFor(10, 180, 0.50, 20, 0.80)).isEqualTo(13);
    }

    @Test
    void tooFewAgentsNeverCatchUp() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
        assertThat(ErlangC.serviceLevel(10, 9, 180, 20)).isZero();
        assertThat(ErlangC.averageSpeedOfAnswerSeconds(10, 10, 180)).isInfinite();
    }

    @Test
    void absurdInputsAreRefusedInsteadOfSearchedForEver() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ErlangC.agentsFor(10, 180, 0.8, 20, 1e-9))
                .isInstanceOf(org.outsourcingdesk.kernel.BusinessRuleViolation.class).hasMessageContaining("agents");
    }

    /** Hundreds of agents: the recursion agrees with the textbook formula evaluated in exact arithmetic. */
    @Test
    void largeTrafficMatchesTheExactFormula() {
        double traffic = 10_000 * 180 / 1800.0; // 10,000 contacts in 30 minutes: 1,000 Erlangs
        int agents = ErlangC.agentsFor(traffic, 180, 0.80, 20, 1.0);
        assertThat(agents).isBetween(1_000, 1_100);
        assertThat(ErlangC.probabilityOfWaiting(traffic, agents)).isCloseTo(exactProbabilityOfWaiting(1_000, agents), within(1e-9));
        assertThat(ErlangC.serviceLevel(traffic, agents, 180, 20)).isGreaterThanOrEqualTo(0.80);
        assertThat(ErlangC.serviceLevel(traffic, agents - 1, 180, 20)).isLessThan(0.80);
    }

    /** P(wait) = (A^N/N! · N/(N-A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N-A)), in BigDecimal. */
    private static double exactProbabilityOfWaiting(int traffic, int agents) {
        var mc = new MathContext(60);
        BigDecimal a = BigDecimal.valueOf(traffic);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < agents; k++) {
            sum = sum.add(term, mc);
            term = term.multiply(a, mc).divide(BigDecimal.valueOf(k + 1), mc);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(agents), mc).divide(BigDecimal.valueOf(agents - traffic), mc);
        return top.divide(sum.add(top, mc), mc).doubleValue();
    }
}
