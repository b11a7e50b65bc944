package org.outsourcingdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.audit.api.query.AsOfChange;
import org.outsourcingdesk.audit.api.query.AsOfView;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;

/** Two moments of an engagement differ in its monitoring and its exit case too, not only in the earlier stages. */
class AsOfChangesTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-08T09:00:00Z");

    private static MonitoringView monitoring(List<MonitoringView.TriggerView> triggers) {
        return new MonitoringView("e-1", "r-1-contract-monitoring", "r-1-contract", "Bayside", null, "USD", null, null, null, null,
                null, triggers, null, null, null, null, MONDAY);
    }

    private static ExitView exit(List<ExitView.ReviewView> reviews) {
        return new ExitView("e-1", "r-1-contract-exit", "r-1-contract", "Bayside", "USD", null, 1, null, "paula", null, reviews,
                null, null, null, null, MONDAY, null, 0);
    }

    private static AsOfView at(Instant at, MonitoringView monitoring, ExitView exit) {
        return new AsOfView("e-1", at, 0, null, at, null, null, null, null, monitoring, exit);
    }

    @Test
    void aReviewTriggerAndTheReviewItOpenedAreChanges() {
        var trigger = new MonitoringView.TriggerView("t-1", TriggerKind.FOR_CAUSE, null, LocalDate.parse("2026-11-01"),
                "Average speed of answer breached 3 periods running", List.of(), TUESDAY, true);
        var review = new ExitView.ReviewView("v-1", ReviewOrigin.TRIGGER, "Average speed of answer breached 3 periods running",
                List.of("t-1"), "system", TUESDAY, ExitView.ReviewStatus.OPEN, null, null, null);

        List<AsOfChange> changes = AsOf.changes(at(MONDAY, monitoring(List.of()), exit(List.of())),
                at(TUESDAY, monitoring(List.of(trigger)), exit(List.of(review))));

        assertThat(changes).contains(
                new AsOfChange("monitoring.triggers[0].description", null, "Average speed of answer breached 3 periods running"),
                new AsOfChange("monitoring.triggers[0].kind", null, "FOR_CAUSE"),
                new AsOfChange("exit.status", "PLANNED", "IN_REVIEW"),
                new AsOfChange("exit.reviews[0].origin", null, "TRIGGER"));
        // plain fields before nested ones, stage by stage in the order of the engagement
        var paths = changes.stream().map(AsOfChange::path).toList();
        assertThat(paths.indexOf("exit.status")).isGreaterThan(paths.indexOf("monitoring.triggers[0].kind"));
        assertThat(paths.indexOf("exit.status")).isLessThan(paths.indexOf("exit.reviews[0].origin"));
    }

    @Test
    void aMonitoringThatBeganIsListedFieldByField() {
        var changes = AsOf.changes(at(MONDAY, null, null), at(TUESDAY, monitoring(List.of()), null));

        assertThat(changes).contains(new AsOfChange("monitoring.vendorName", null, "Bayside"));
        assertThat(changes).noneMatch(c -> c.path().startsWith("exit"));
    }

    @Test
    void equalMomentsHaveNoChanges() {
        assertThat(AsOf.changes(at(MONDAY, monitoring(List.of()), exit(List.of())), at(MONDAY, monitoring(List.of()), exit(List.of()))))
                .isEmpty();
    }
}
