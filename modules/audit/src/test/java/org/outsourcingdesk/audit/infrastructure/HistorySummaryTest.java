package org.outsourcingdesk.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summary longer than its column (a long rationale) is cut, so that the history never stops on it. */
class HistorySummaryTest {

    @Test
    void aSummaryFitsTheColumn() {
        assertThat(EngagementHistoryProjection.fit("Proposed Bayside.")).isEqualTo("Proposed Bayside.");
        String exact = "x".repeat(EngagementHistoryProjection.SUMMARY_MAX);
        assertThat(EngagementHistoryProjection.fit(exact)).isEqualTo(exact);
        String cut = EngagementHistoryProjection.fit("y".repeat(4100));
        assertThat(cut).hasSize(EngagementHistoryProjection.SUMMARY_MAX).endsWith("…");
    }
}
