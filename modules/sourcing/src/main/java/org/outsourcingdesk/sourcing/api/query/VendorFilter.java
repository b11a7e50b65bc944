package org.outsourcingdesk.sourcing.api.query;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.sourcing.api.model.VendorKind;

/**
 * What to look for in the registry; every part is optional and they all must hold.
 *
 * @param text          in the name, country codes, cities, regions, languages, certifications or notes (any case)
 * @param country       ISO 3166 alpha-2: headquarters or a delivery location there
 * @param region        a rate-card region code of a delivery location
 * @param language      a language its agents serve customers in
 * @param certification a certification it holds, valid today
 */
public record VendorFilter(String text, VendorKind kind, String country, String region, Channel channel, String language,
                           String certification, Boolean coverage24x7, boolean includeArchived) {

    public static VendorFilter all() {
        return new VendorFilter(null, null, null, null, null, null, null, null, false);
    }
}
