package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/** A fact that a mystery-shopper test call was made to a vendor, and how it went. */
@Revision("1")
public record TestCallLoggedEvent(EngagementId engagementId, String roundId, String vendorId, String vendorName, TestCall call,
                                  String loggedBy) implements EngagementEvent {

    @Override
    public String summary() {
        return "Test call to " + vendorName + " on " + call.madeOn() + " (" + call.channel().label() + "): " + (call.resolved() ? "resolved" : "not resolved")
                + ", clarity " + call.clarity() + "/5, courtesy " + call.courtesy() + "/5.";
    }
}
