package org.outsourcingdesk.contracting.api.model;

import java.util.List;

/**
 * How the relationship is run: the internal liaison who keeps both sides informed, the vendor's account
 * manager, who is responsible for what, how a problem escalates, how often the sides meet (operations,
 * monthly performance, quarterly business review), and how often the vendor reports why customers
 * contact (the contact reasons).
 */
public record Governance(String internalLiaison, String vendorAccountManager, List<Responsibility> responsibilities,
                         List<EscalationLevel> escalation, Cadence operationsMeetings, boolean monthlyPerformanceReview,
                         boolean quarterlyBusinessReview, Cadence contactReasonReports) {

    public Governance {
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        escalation = escalation == null ? List.of() : List.copyOf(escalation);
    }
}
