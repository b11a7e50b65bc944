package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DescribedEvent;

/** A fact that a vendor left the registry's active list, why, and who decided it. */
@Revision("1")
public record VendorArchivedEvent(String vendorId, String name, String reason, String archivedBy) implements DescribedEvent {

    @Override
    public String summary() {
        return "Archived vendor " + name + ": " + reason;
    }
}
