package org.outsourcingdesk.monitoring.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** A fact that a mystery-shopper test call was made to the contracted vendor (a planned one, when it names it), and how it went. */
@Revision("1")
public record QualityTestCallLoggedEvent(EngagementId engagementId, String monitoringId, String callId, TestCall call,
                                         String loggedBy) implements MonitoringEvent {

    @Override
    public String summary() {
        return "Test call on " + call.madeOn() + " (" + call.channel().label() + "): " + (call.resolved() ? "resolved" : "not resolved")
                + ", clarity " + call.clarity() + "/5, courtesy " + call.courtesy() + "/5.";
    }
}
