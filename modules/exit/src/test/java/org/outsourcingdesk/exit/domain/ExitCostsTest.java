package org.outsourcingdesk.exit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outsourcingdesk.exit.domain.ExitFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;

/** The cost of each option over twelve months, checked by hand against the figures of {@link ExitFixtures}. */
class ExitCostsTest {

    private static final ReviewInputs IN_HOUSE = new ReviewInputs(12, 1, ReturnPath.IN_HOUSE, null, d("10"));

    @Test
    void stayingCostsTwelveMonthsOfTheVendorAndRenegotiatingTheSameLessItsAim() {
        var comparison = ExitCosts.compare(IN_HOUSE, FIGURES, TERM, TERMINATION, TODAY);
        assertThat(comparison.of(ExitOption.RENEW).orElseThrow().total()).isEqualByComparingTo("480000.00"); // 12 × 40,000
        var renegotiated = comparison.of(ExitOption.RENEGOTIATE).orElseThrow();
        assertThat(renegotiated.total()).isEqualByComparingTo("432000.00"); // less 10 %
        assertThat(renegotiated.againstStaying()).isEqualByComparingTo("-48000.00");
    }

    @Test
    void endingForConvenienceCostsTheVendorUntilTheNoticeEndsTheFeeTheParallelRunAndTheTeamInHouse() {
        var convenience = ExitCosts.compare(IN_HOUSE, FIGURES, TERM, TERMINATION, TODAY).of(ExitOption.TERMINATE_FOR_CONVENIENCE).orElseThrow();
        // 60 days' notice from 28 Nov 2026: the service ends on 27 Jan 2027, two begun months with the vendor (80,000);
        // January 2027 is month 13 of the term: a fee of 20,000; in-house is (20 × 45,000 + 60,000) / 12 = 80,000 a month:
        // one month's parallel run 80,000, hiring and training 20 × 3,000 = 60,000, and 10 months after the end 800,000
        assertThat(convenience.earliestEnd()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(convenience.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("80000.00", "20000.00", "80000.00", "60000.00", "800000.00");
        assertThat(convenience.total()).isEqualByComparingTo("1040000.00");
        assertThat(convenience.againstStaying()).isEqualByComparingTo("560000.00");
    }

    @Test
    void aFeeScheduleAboveTheCapIsChargedAtTheCap() {
        var early = ExitCosts.compare(IN_HOUSE, FIGURES, TERM, TERMINATION, LocalDate.of(2026, 3, 1)).of(ExitOption.TERMINATE_FOR_CONVENIENCE)
                .orElseThrow();
        // ends 30 April 2026, month 4: the schedule says 50,000, the cap is 30,000
        assertThat(early.lines().get(1).amount()).isEqualByComparingTo("30000.00");
        assertThat(early.note()).contains("50000").contains("cap of 30000");
    }

    @Test
    void forCauseEndsAtOnceAndLettingItExpireRunsTheTermOut() {
        var comparison = ExitCosts.compare(IN_HOUSE, FIGURES, TERM, TERMINATION, TODAY);
        var cause = comparison.of(ExitOption.TERMINATE_FOR_CAUSE).orElseThrow();
        assertThat(cause.earliestEnd()).isEqualTo(TODAY);
        assertThat(cause.total()).isEqualByComparingTo("1100000.00"); // 0 + 80,000 + 60,000 + 12 × 80,000
        var expire = comparison.of(ExitOption.LET_EXPIRE).orElseThrow();
        assertThat(expire.earliestEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(expire.total()).isEqualByComparingTo("620000.00"); // the vendor all 12 months, parallel run, hiring
    }

    @Test
    void aNewSourcingRoundCostsTheRoundThenAProviderAtTheVendorsCharge() {
        var round = new ReviewInputs(12, 2, ReturnPath.NEW_SOURCING_ROUND, d("25000"), null);
        var convenience = ExitCosts.compare(round, FIGURES, TERM, TERMINATION, TODAY).of(ExitOption.TERMINATE_FOR_CONVENIENCE).orElseThrow();
        // vendor 80,000, fee 20,000, parallel run 2 × 40,000, the round 25,000, 10 months × 40,000
        assertThat(convenience.total()).isEqualByComparingTo("605000.00");
    }
}
