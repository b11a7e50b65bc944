package org.outsourcingdesk.sourcing.api.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DescribedEvent;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/**
 * A fact that what the registry knows of a vendor changed: the whole profile as it now stands (this
 * version), the names of the fields that changed, and who changed it.
 */
@Revision("1")
public record VendorRevisedEvent(String vendorId, int version, VendorProfile profile, List<String> changedFields,
                                 String revisedBy) implements DescribedEvent {

    @Override
    public String summary() {
        return "Revised vendor " + profile.name() + " to version " + version + " (" + String.join(", ", changedFields) + ").";
    }
}
