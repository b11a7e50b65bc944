package org.outsourcingdesk.sourcing.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;

/**
 * In demo mode, a first-time user finds a registry to search: five invented vendors, one of each
 * kind, registered through the real command as the demo analyst paula. Only into an empty registry.
 */
@ApplicationScoped
public class DemoVendors {

    private static final Logger LOG = Logger.getLogger(DemoVendors.class.getName());
    /** After the rate card is seeded (the regions must exist) and the demo engagements are opened. */
    static final int PRIORITY = 2100;

    @Inject
    VendorRegistry registry;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!started.demoMode() || !registry.search(new VendorFilter(null, null, null, null, null, null, null, null, true)).isEmpty()) {
            return;
        }
        var as = Origin.startup(new Caller("paula", List.of(Role.PROCUREMENT.name())));
        demoVendors(LocalDate.now(ZoneOffset.UTC)).forEach(profile -> registry.register(profile, as));
        LOG.info("Demo vendors registered as paula");
    }

    /** Invented vendors, one of each kind; certifications dated from {@code today}, one of them lapsed. */
    static List<VendorProfile> demoVendors(LocalDate today) {
        var english = new LanguageSkill("English", Proficiency.FLUENT);
        return List.of(
                new VendorProfile("Bayside Contact Solutions", VendorKind.CALL_CENTER, "PH",
                        List.of(new DeliveryLocation("PH", "Manila", "ASIA_PHILIPPINES"), new DeliveryLocation("PH", "Cebu", "ASIA_PHILIPPINES")),
                        List.of(english, new LanguageSkill("Tagalog", Proficiency.NATIVE), new LanguageSkill("Spanish", Proficiency.CONVERSATIONAL)),
                        List.of(Channel.INBOUND_VOICE, Channel.OUTBOUND_VOICE, Channel.CHAT, Channel.EMAIL), true,
                        List.of(new Certification("ISO 27001", today.plusMonths(14)), new Certification("PCI DSS", today.plusMonths(5))),
                        1200, "https://bayside.example", "Invented for the demo. Large BPO; shared and dedicated agents."),
                new VendorProfile("Northwind Support Partners", VendorKind.CALL_CENTER, "US",
                        List.of(new DeliveryLocation("US", "Tulsa", "US_CA"), new DeliveryLocation("CA", "Halifax", "US_CA")),
                        List.of(new LanguageSkill("English", Proficiency.NATIVE), new LanguageSkill("French", Proficiency.FLUENT)),
                        List.of(Channel.INBOUND_VOICE, Channel.EMAIL, Channel.CHAT), false,
                        List.of(new Certification("SOC 2", today.plusMonths(9))),
                        180, "https://northwind-support.example", "Invented for the demo. Onshore; weekday and evening hours."),
                new VendorProfile("Kraków Care Desk", VendorKind.EMAIL_SUPPORT_PROVIDER, "PL",
                        List.of(new DeliveryLocation("PL", "Kraków", "EASTERN_EUROPE")),
                        List.of(english, new LanguageSkill("German", Proficiency.FLUENT), new LanguageSkill("Polish", Proficiency.NATIVE)),
                        List.of(Channel.EMAIL, Channel.CHAT), false,
                        List.of(new Certification("ISO 27001", today.minusMonths(2))),
                        60, null, "Invented for the demo. Its ISO 27001 certificate has lapsed."),
                new VendorProfile("Brightsocial Agency", VendorKind.SOCIAL_MEDIA_AGENCY, "MX",
                        List.of(new DeliveryLocation("MX", "Guadalajara", "LATIN_AMERICA")),
                        List.of(english, new LanguageSkill("Spanish", Proficiency.NATIVE)),
                        List.of(Channel.SOCIAL_MEDIA, Channel.CHAT), true, List.of(),
                        35, "https://brightsocial.example", "Invented for the demo. Public replies and complaint search."),
                new VendorProfile("Ana Ribeiro (freelance)", VendorKind.FREELANCE_MARKETPLACE, "BR",
                        List.of(new DeliveryLocation("BR", "Recife", "LATIN_AMERICA")),
                        List.of(new LanguageSkill("Portuguese", Proficiency.NATIVE), new LanguageSkill("English", Proficiency.FLUENT)),
                        List.of(Channel.EMAIL, Channel.SOCIAL_MEDIA), false, List.of(),
                        1, null, "Invented for the demo. Hired through a freelance marketplace; time tracking on the platform."));
    }
}
