package org.outsourcingdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;

/** The streams of an engagement: named after its approvals to sourcing, each with its stage, merged in stored order. */
class EngagementStreamsTest {

    private static final String E = "6f1c2a3e-0d4b-4c1e-9a7f-2b3c4d5e6f70";
    private static final EngagementId ID = new EngagementId(E);

    @Test
    void anApprovalToSourcingNamesItsRoundContractMonitoringExitAndTheRoundsAnExitOpens() {
        var streams = new EngagementStreams(ID, List.of(message(E, 0, opened()), message(E, 1, approved(Stage.SOURCING))));
        String round = E + "-round-1";
        assertThat(EngagementStreams.roundIds(ID, streams.own())).hasSize(EngagementStreams.EXIT_ROUNDS + 1)
                .startsWith(round, round + "-contract-exit-round");
        assertThat(streams.candidates()).startsWith(E, round, round + "-contract", round + "-contract-monitoring",
                round + "-contract-exit", round + "-contract-exit-round");
        assertThat(streams.stageOf(E)).isEqualTo(Stage.ASSESSMENT);
        assertThat(streams.stageOf(round)).isEqualTo(Stage.SOURCING);
        assertThat(streams.stageOf(round + "-contract")).isEqualTo(Stage.CONTRACTING);
        assertThat(streams.stageOf(round + "-contract-monitoring")).isEqualTo(Stage.MONITORING);
        assertThat(streams.stageOf(round + "-contract-exit")).isEqualTo(Stage.EXIT);
        assertThat(streams.stageOf(round + "-contract-exit-round")).isEqualTo(Stage.SOURCING);
        assertThat(streams.stageOf(round + "-contract-exit-round-contract-exit")).isEqualTo(Stage.EXIT);
    }

    @Test
    void anEngagementKeptInHouseHasOnlyItsOwnStream() {
        var streams = new EngagementStreams(ID, List.of(message(E, 0, opened()), message(E, 1, approved(Stage.CLOSED))));
        assertThat(streams.candidates()).containsExactly(E);
        assertThat(streams.order(null)).containsExactly(E, E);
    }

    @Test
    void theStreamsAreTakenAsTheOrderNamesThemAndStopWhereTheyRunOut() {
        List<DomainEventMessage<?>> a = List.of(message("a", 0, "a0"), message("a", 1, "a1"));
        List<DomainEventMessage<?>> b = List.of(message("b", 0, "b0"));
        Map<String, List<DomainEventMessage<?>>> stored = Map.of("a", a, "b", b);
        assertThat(payloads(EngagementStreams.merge(List.of("a", "b", "a"), s -> stored.get(s).iterator())))
                .containsExactly("a0", "b0", "a1");
        assertThat(payloads(EngagementStreams.merge(List.of("b", "b", "a"), s -> stored.get(s).iterator())))
                .as("an order read after a stream: stops where they disagree").containsExactly("b0");
    }

    private static List<Object> payloads(Iterator<DomainEventMessage<?>> messages) {
        var payloads = new ArrayList<Object>();
        messages.forEachRemaining(m -> payloads.add(m.getPayload()));
        return payloads;
    }

    private static DomainEventMessage<?> message(String aggregate, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Type", aggregate, sequence, payload);
    }

    private static EngagementOpenedEvent opened() {
        return new EngagementOpenedEvent(ID, "ENG-2026-0001", "Customer care", "Retail", "EUR", "paula");
    }

    private static AssessmentDecisionApprovedEvent approved(Stage next) {
        return new AssessmentDecisionApprovedEvent(ID, null, List.of(), List.of(), List.of(), "Cheaper", "paula", "marc", null, null, next);
    }
}
