package org.outsourcingdesk.sourcing.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.kernel.DescribedEvent;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/** A fact that a vendor entered the registry with this profile (version 1), registered by this user. */
@Revision("1")
public record VendorRegisteredEvent(String vendorId, VendorProfile profile, String registeredBy) implements DescribedEvent {

    @Override
    public String summary() {
        return "Registered vendor " + profile.name() + " (" + profile.kind().label() + ", " + profile.headquartersCountry() + ").";
    }
}
