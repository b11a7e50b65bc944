package org.outsourcingdesk.assessment.api.query;

import java.time.Instant;
import org.outsourcingdesk.kernel.Stage;

/** An engagement as the dashboard and the API show it. */
public record EngagementView(String id, String reference, String name, String businessUnit, String currency,
                             Stage stage, String status, Instant openedAt, String openedBy) {

    /** The stage as people read it, such as "Assessment". */
    public String stageLabel() {
        return stage.label();
    }
}
