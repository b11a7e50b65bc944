package org.outsourcingdesk.assessment.infrastructure.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;

/**
 * Revision 1 of the decision events wrote two codes in their figures as display text: each channel's
 * staffing {@code method} ("Erlang C", "Workload") and each option's {@code breakEven.outsourcingCheaper}
 * ("above", "below", "always", "never"). Revision 2 writes them as enum names (ERLANG_C, ABOVE, ...),
 * so that a label can change without changing the record. This reads revision 1 as revision 2; the
 * stored rows are never touched.
 */
public class DecisionFiguresCodesUpcaster extends SingleEventUpcaster {

    static final Set<String> TYPES = Set.of(AssessmentDecisionProposedEvent.class.getName(),
            AssessmentDecisionApprovedEvent.class.getName());
    private static final Map<String, String> METHODS = Map.of("Erlang C", "ERLANG_C", "Workload", "WORKLOAD");
    private static final Map<String, String> SIDES = Map.of("above", "ABOVE", "below", "BELOW", "always", "ALWAYS",
            "never", "NEVER");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, DecisionFiguresCodesUpcaster::upcast);
    }

    static JsonNode upcast(JsonNode payload) {
        JsonNode figures = payload.path("figures");
        for (JsonNode staffing : figures.path("staffing")) {
            replace((ObjectNode) staffing, "method", METHODS);
        }
        for (JsonNode option : figures.path("options")) {
            if (option.path("breakEven").isObject()) {
                replace((ObjectNode) option.path("breakEven"), "outsourcingCheaper", SIDES);
            }
        }
        return payload;
    }

    private static void replace(ObjectNode node, String field, Map<String, String> codes) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual() && codes.containsKey(value.asText())) {
            node.put(field, codes.get(value.asText()));
        }
    }
}
