package org.outsourcingdesk.sourcing.domain.vendor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/**
 * The rules a vendor's profile keeps, each named, each naming the field it concerns. Whether a
 * delivery location's region is on the current rate card is checked where the rate card is known
 * (the registry service), since the rate card is another aggregate.
 */
public final class VendorRules {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 4000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern REGION = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S{3,290}");

    private VendorRules() {
    }

    public static void check(VendorProfile profile) {
        if (profile == null) {
            throw violation("VendorProfileRequired", "profile", "A vendor needs a profile.");
        }
        checkText(profile);
        if (profile.name() == null || profile.name().isBlank()) {
            throw violation("VendorNameRequired", "profile.name", "Give the vendor's name.");
        }
        if (profile.name().strip().length() > NAME_MAX) {
            throw violation("VendorNameTooLong", "profile.name", "A vendor's name has at most " + NAME_MAX + " characters.");
        }
        if (profile.kind() == null) {
            throw violation("VendorKindRequired", "profile.kind", "Choose what kind of provider the vendor is.");
        }
        checkCountry(profile.headquartersCountry(), "profile.headquartersCountry");
        if (profile.deliveryLocations().isEmpty()) {
            throw violation("DeliveryLocationRequired", "profile.deliveryLocations",
                    "Give at least one place the vendor's agents work from, with its rate-card region.");
        }
        for (int i = 0; i < profile.deliveryLocations().size(); i++) {
            checkLocation(profile.deliveryLocations().get(i), "profile.deliveryLocations[" + i + "]");
        }
        var languages = new HashSet<String>();
        for (int i = 0; i < profile.languages().size(); i++) {
            LanguageSkill skill = profile.languages().get(i);
            String field = "profile.languages[" + i + "]";
            if (skill == null || skill.language() == null || skill.language().isBlank() || skill.language().strip().length() > 60) {
                throw violation("LanguageNamed", field + ".language", "Name each language (at most 60 characters).");
            }
            if (skill.proficiency() == null) {
                throw violation("LanguageProficiencyRequired", field + ".proficiency",
                        "Say how well the agents speak " + skill.language().strip() + ".");
            }
            if (!languages.add(skill.language().strip().toLowerCase(Locale.ROOT))) {
                throw violation("LanguageListedOnce", field + ".language", skill.language().strip() + " is listed twice.");
            }
        }
        if (profile.channels().isEmpty()) {
            throw violation("ChannelRequired", "profile.channels", "Choose at least one channel the vendor serves.");
        }
        var certifications = new HashSet<String>();
        for (int i = 0; i < profile.certifications().size(); i++) {
            Certification certification = profile.certifications().get(i);
            String field = "profile.certifications[" + i + "]";
            if (certification == null || certification.name() == null || certification.name().isBlank()
                    || certification.name().strip().length() > 100) {
                throw violation("CertificationNamed", field + ".name", "Name each certification (at most 100 characters).");
            }
            if (certification.expires() == null) {
                throw violation("CertificationExpiryRequired", field + ".expires",
                        "Give the date " + certification.name().strip() + " expires.");
            }
            if (!certifications.add(certification.name().strip().toLowerCase(Locale.ROOT))) {
                throw violation("CertificationListedOnce", field + ".name", certification.name().strip() + " is listed twice.");
            }
        }
        if (profile.size() != null && (profile.size() < 1 || profile.size() > 1_000_000)) {
            throw violation("VendorSizeInRange", "profile.size", "The size is a number of agents from 1 to 1,000,000, or empty.");
        }
        if (profile.website() != null && !profile.website().isBlank() && !WEBSITE.matcher(profile.website().strip()).matches()) {
            throw violation("WebsiteIsAnAddress", "profile.website", "The website is an address starting with http:// or https://.");
        }
        if (profile.notes() != null && profile.notes().length() > TEXT_MAX) {
            throw violation("NotesTooLong", "profile.notes", "Notes have at most " + TEXT_MAX + " characters.");
        }
    }

    /**
     * No control characters in any text (line breaks and tabs only in the notes): nobody types them,
     * and PostgreSQL cannot store some of them.
     */
    private static void checkText(VendorProfile p) {
        plain(p.name(), "profile.name", false);
        plain(p.headquartersCountry(), "profile.headquartersCountry", false);
        plain(p.website(), "profile.website", false);
        plain(p.notes(), "profile.notes", true);
        for (int i = 0; i < p.deliveryLocations().size(); i++) {
            var l = p.deliveryLocations().get(i);
            if (l != null) {
                plain(l.city(), "profile.deliveryLocations[" + i + "].city", false);
                plain(l.country(), "profile.deliveryLocations[" + i + "].country", false);
                plain(l.region(), "profile.deliveryLocations[" + i + "].region", false);
            }
        }
        for (int i = 0; i < p.languages().size(); i++) {
            if (p.languages().get(i) != null) {
                plain(p.languages().get(i).language(), "profile.languages[" + i + "].language", false);
            }
        }
        for (int i = 0; i < p.certifications().size(); i++) {
            if (p.certifications().get(i) != null) {
                plain(p.certifications().get(i).name(), "profile.certifications[" + i + "].name", false);
            }
        }
    }

    private static void plain(String text, String field, boolean lines) {
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            throw violation("NoControlCharacters", field, "Remove the control characters" + (lines ? " (line breaks are fine)" : "")
                    + ": nobody types them.");
        }
    }

    private static void checkLocation(DeliveryLocation location, String field) {
        if (location == null) {
            throw violation("DeliveryLocationComplete", field, "A delivery location is empty.");
        }
        checkCountry(location.country(), field + ".country");
        if (location.region() == null || !REGION.matcher(location.region()).matches()) {
            throw violation("DeliveryLocationHasRegion", field + ".region",
                    "Map each delivery location to a region of the rate card (a code such as ASIA_PHILIPPINES).");
        }
        if (location.city() != null && location.city().length() > 100) {
            throw violation("CityTooLong", field + ".city", "A city has at most 100 characters.");
        }
    }

    private static void checkCountry(String country, String field) {
        if (country == null || !COUNTRIES.contains(country)) {
            throw violation("CountryIsIsoCode", field, "Give the country as its two-letter ISO 3166 code in capitals, such as US or PH"
                    + (country == null || country.isBlank() ? "." : ", not '" + country + "'."));
        }
    }

    /** The reason an archive needs: a sentence someone can read later. */
    public static void checkReason(String reason) {
        if (reason != null) {
            plain(reason, "reason", true);
        }
        if (reason == null || reason.strip().length() < 10 || reason.length() > TEXT_MAX) {
            throw violation("ArchiveReasonRequired", "reason", "Say why the vendor leaves the registry (10 to "
                    + TEXT_MAX + " characters).");
        }
    }

    private static BusinessRuleViolation violation(String rule, String field, String message) {
        return new BusinessRuleViolation(rule, field, message);
    }
}
