package org.outsourcingdesk.sourcing.api.model;

import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * What the registry knows of a vendor, shared by every engagement that considers it: each change
 * stores the whole profile again, so every version can be read as it was.
 *
 * @param headquartersCountry ISO 3166 alpha-2 code
 * @param coverage24x7        whether it staffs around the clock
 * @param size                agents (or, for a freelancer, people) it can put on the work; null when unknown
 */
public record VendorProfile(String name, VendorKind kind, String headquartersCountry, List<DeliveryLocation> deliveryLocations,
                            List<LanguageSkill> languages, List<Channel> channels, boolean coverage24x7,
                            List<Certification> certifications, Integer size, String website, String notes) {

    public VendorProfile {
        deliveryLocations = copy(deliveryLocations);
        languages = copy(languages);
        // in the channels' own order, once each: the same profile always reads (and hashes) the same
        channels = channels == null ? List.of() : channels.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        certifications = copy(certifications);
    }

    /** An unmodifiable copy that keeps empty entries, so that the rules can name them. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
