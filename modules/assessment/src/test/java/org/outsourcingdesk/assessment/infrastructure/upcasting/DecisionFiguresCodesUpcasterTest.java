package org.outsourcingdesk.assessment.infrastructure.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.model.BreakEvenSide;
import org.outsourcingdesk.assessment.api.model.StaffingMethod;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * A stored approval and a stored proposal of revision 1 (fixtures in that shape: the codes in their
 * figures as display text) are read, through the upcaster chain the product registers, as today's
 * revision 2.
 */
class DecisionFiguresCodesUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(DeskObjectMapper.create())
            .lenientDeserialization().build();

    @Test
    void anApprovalOfRevision1ReadsAsToday() throws Exception {
        byte[] stored;
        try (var in = getClass().getResourceAsStream("/fixtures/AssessmentDecisionApprovedEvent-revision-1.json")) {
            stored = in.readAllBytes();
        }
        var entry = new GenericDomainEventEntry<>("Engagement", "7d1c2a7e-2c7b-4a57-9d0e-5a3f6b8c9d01", 4,
                "0b8f5c7e-9a1d-4f3e-8c2b-1d0e9f8a7b6c", Instant.parse("2026-11-27T10:00:00Z"),
                AssessmentDecisionApprovedEvent.class.getName(), "1", stored, "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> upcasted = new EventUpcasterChain(new DecisionFiguresCodesUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)));
        var representation = upcasted.findFirst().orElseThrow();
        assertThat(representation.getType().getRevision()).isEqualTo("2");

        SerializedObject<?> data = representation.getData();
        AssessmentDecisionApprovedEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(data.getData(), data.getContentType(), byte[].class), byte[].class,
                new SimpleSerializedType(AssessmentDecisionApprovedEvent.class.getName(), "2")));
        assertThat(event.approvedBy()).isEqualTo("marc");
        assertThat(event.nextStage()).isEqualTo(Stage.SOURCING);
        assertThat(event.figures().staffing()).extracting(s -> s.method())
                .containsExactly(StaffingMethod.ERLANG_C, StaffingMethod.WORKLOAD);
        assertThat(event.figures().options()).extracting(o -> o.breakEven().outsourcingCheaper())
                .containsExactly(BreakEvenSide.ALWAYS, BreakEvenSide.BELOW);
        assertThat(event.figures().options().get(1).breakEven().annualVolume()).isEqualTo(177_652L);
        assertThat(event.figures().inHouse().total()).isEqualByComparingTo("954849.95");
    }

    @Test
    void aProposalOfRevision1ReadsAsToday() throws Exception {
        byte[] stored;
        try (var in = getClass().getResourceAsStream("/fixtures/AssessmentDecisionProposedEvent-revision-1.json")) {
            stored = in.readAllBytes();
        }
        var entry = new GenericDomainEventEntry<>("Engagement", "7d1c2a7e-2c7b-4a57-9d0e-5a3f6b8c9d01", 3,
                "5c2e8a1f-3b7d-4e9a-8f6c-2d1b0a9e8c7d", Instant.parse("2026-11-27T09:30:00Z"),
                AssessmentDecisionProposedEvent.class.getName(), "1", stored, "{}".getBytes(StandardCharsets.UTF_8));
        var representation = new EventUpcasterChain(new DecisionFiguresCodesUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        assertThat(representation.getType().getRevision()).isEqualTo("2");

        SerializedObject<?> data = representation.getData();
        AssessmentDecisionProposedEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(data.getData(), data.getContentType(), byte[].class), byte[].class,
                new SimpleSerializedType(AssessmentDecisionProposedEvent.class.getName(), "2")));
        assertThat(event.proposedBy()).isEqualTo("paula");
        assertThat(event.rationale()).isEqualTo("A domestic provider costs less than our own team.");
        assertThat(event.figures().staffing()).extracting(s -> s.method())
                .containsExactly(StaffingMethod.ERLANG_C, StaffingMethod.WORKLOAD);
        assertThat(event.figures().options()).extracting(o -> o.breakEven().outsourcingCheaper())
                .containsExactly(BreakEvenSide.ALWAYS, BreakEvenSide.BELOW);
    }

    @Test
    void revision2IsLeftAlone() {
        var entry = new GenericDomainEventEntry<>("Engagement", "a", 0, "b", Instant.EPOCH,
                AssessmentDecisionApprovedEvent.class.getName(), "2", "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var upcaster = new DecisionFiguresCodesUpcaster();
        assertThat(upcaster.canUpcast(new InitialEventRepresentation(entry, serializer))).isFalse();
    }
}
