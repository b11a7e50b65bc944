package org.outsourcingdesk.sourcing.domain.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.sourcing.api.command.ArchiveVendorCommand;
import org.outsourcingdesk.sourcing.api.command.RegisterVendorCommand;
import org.outsourcingdesk.sourcing.api.command.ReviseVendorCommand;
import org.outsourcingdesk.sourcing.api.event.VendorArchivedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRegisteredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRevisedEvent;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/** The vendor: every rule of its profile by name and field, versions, conflicts and archiving. */
class VendorTest {

    private static final String ID = "vendor-1";
    private FixtureConfiguration<Vendor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vendor.class);
    }

    static VendorProfile profile() {
        return new VendorProfile("Bayside Contact Solutions", VendorKind.CALL_CENTER, "PH",
                List.of(new DeliveryLocation("PH", "Manila", "ASIA_PHILIPPINES")),
                List.of(new LanguageSkill("English", Proficiency.FLUENT)), List.of(Channel.INBOUND_VOICE, Channel.EMAIL), true,
                List.of(new Certification("ISO 27001", LocalDate.of(2027, 5, 31))), 1200, "https://bayside.example", "notes");
    }

    private static VendorProfile with(java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(profile())).build();
    }

    @Test
    void registersWithTidiedTextAndChannelsInOrder() {
        var typed = new VendorProfile("  Bayside  ", VendorKind.CALL_CENTER, "PH",
                List.of(new DeliveryLocation("PH", "  ", "ASIA_PHILIPPINES")),
                List.of(new LanguageSkill(" English ", Proficiency.FLUENT)), List.of(Channel.EMAIL, Channel.INBOUND_VOICE, Channel.EMAIL),
                false, List.of(), null, " ", " ");
        var tidy = new VendorProfile("Bayside", VendorKind.CALL_CENTER, "PH", List.of(new DeliveryLocation("PH", null, "ASIA_PHILIPPINES")),
                List.of(new LanguageSkill("English", Proficiency.FLUENT)), List.of(Channel.INBOUND_VOICE, Channel.EMAIL), false,
                List.of(), null, null, null);
        fixture.givenNoPriorActivity().when(new RegisterVendorCommand(ID, typed, "paula"))
                .expectEvents(new VendorRegisteredEvent(ID, tidy, "paula"));
    }

    @Test
    void everyRuleOfTheProfileIsNamedWithItsField() {
        expectRule(with(b -> b.name("  ")), "VendorNameRequired", "profile.name");
        expectRule(with(b -> b.name("x".repeat(201))), "VendorNameTooLong", "profile.name");
        expectRule(with(b -> b.name("a\u0000b")), "NoControlCharacters", "profile.name");
        expectRule(with(b -> b.kind(null)), "VendorKindRequired", "profile.kind");
        expectRule(with(b -> b.hq("ph")), "CountryIsIsoCode", "profile.headquartersCountry");
        expectRule(with(b -> b.hq("XX")), "CountryIsIsoCode", "profile.headquartersCountry");
        expectRule(with(b -> b.locations(List.of())), "DeliveryLocationRequired", "profile.deliveryLocations");
        expectRule(with(b -> b.locations(java.util.Arrays.asList(new DeliveryLocation("PH", null, "ASIA_PHILIPPINES"), null))),
                "DeliveryLocationComplete", "profile.deliveryLocations[1]");
        expectRule(with(b -> b.locations(List.of(new DeliveryLocation("PH", null, "asia")))), "DeliveryLocationHasRegion",
                "profile.deliveryLocations[0].region");
        expectRule(with(b -> b.languages(List.of(new LanguageSkill("English", null)))), "LanguageProficiencyRequired",
                "profile.languages[0].proficiency");
        expectRule(with(b -> b.languages(List.of(new LanguageSkill(" ", Proficiency.BASIC)))), "LanguageNamed",
                "profile.languages[0].language");
        expectRule(with(b -> b.languages(List.of(new LanguageSkill("English", Proficiency.BASIC),
                new LanguageSkill("english", Proficiency.FLUENT)))), "LanguageListedOnce", "profile.languages[1].language");
        expectRule(with(b -> b.channels(List.of())), "ChannelRequired", "profile.channels");
        expectRule(with(b -> b.certifications(List.of(new Certification("SOC 2", null)))), "CertificationExpiryRequired",
                "profile.certifications[0].expires");
        expectRule(with(b -> b.certifications(List.of(new Certification("SOC 2", LocalDate.MAX), new Certification("soc 2",
                LocalDate.MAX)))), "CertificationListedOnce", "profile.certifications[1].name");
        expectRule(with(b -> b.size(0)), "VendorSizeInRange", "profile.size");
        expectRule(with(b -> b.website("bayside.example")), "WebsiteIsAnAddress", "profile.website");
        expectRule(with(b -> b.notes("n".repeat(4001))), "NotesTooLong", "profile.notes");
    }

    @Test
    void aRevisionIsANewVersionNamingWhatChanged() {
        var changed = with(b -> b.size(1500).notes("renegotiated"));
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"))
                .when(new ReviseVendorCommand(ID, 1, changed, "carla"))
                .expectEvents(new VendorRevisedEvent(ID, 2, changed, List.of("size", "notes"), "carla"));
    }

    @Test
    void aRevisionFromAnOlderVersionIsRefusedAsAConflict() {
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"),
                        new VendorRevisedEvent(ID, 2, with(b -> b.size(1500)), List.of("size"), "carla"))
                .when(new ReviseVendorCommand(ID, 1, with(b -> b.size(900)), "paula"))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("version 2 now, not 1"));
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"))
                .when(new ReviseVendorCommand(ID, 1, profile(), "paula"))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void archivingNeedsAReasonAndHappensOnceAndThenNothingChanges() {
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"))
                .when(new ArchiveVendorCommand(ID, "short", "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"))
                .when(new ArchiveVendorCommand(ID, "  Failed two data-protection audits.  ", "paula"))
                .expectEvents(new VendorArchivedEvent(ID, "Bayside Contact Solutions", "Failed two data-protection audits.", "paula"));
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"),
                        new VendorArchivedEvent(ID, "Bayside Contact Solutions", "Failed two audits.", "paula"))
                .when(new ReviseVendorCommand(ID, 1, with(b -> b.size(10)), "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        fixture.given(new VendorRegisteredEvent(ID, profile(), "paula"),
                        new VendorArchivedEvent(ID, "Bayside Contact Solutions", "Failed two audits.", "paula"))
                .when(new ArchiveVendorCommand(ID, "Failed two audits again.", "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
    }

    private void expectRule(VendorProfile profile, String rule, String field) {
        fixture.givenNoPriorActivity().when(new RegisterVendorCommand(ID, profile, "paula"))
                .expectNoEvents().expectException(BusinessRuleViolation.class);
        try {
            VendorRules.check(profile);
        } catch (BusinessRuleViolation violation) {
            assertThat(violation.rule()).as(field).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
            return;
        }
        throw new AssertionError("expected rule " + rule + " to be broken");
    }

    /** A profile with one part changed. */
    private static final class Builder {
        private VendorProfile p;

        Builder(VendorProfile p) {
            this.p = p;
        }

        Builder name(String v) { p = new VendorProfile(v, p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder kind(VendorKind v) { p = new VendorProfile(p.name(), v, p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder hq(String v) { p = new VendorProfile(p.name(), p.kind(), v, p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder locations(List<DeliveryLocation> v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), v, p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder languages(List<LanguageSkill> v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), v, p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder channels(List<Channel> v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), v, p.coverage24x7(), p.certifications(), p.size(), p.website(), p.notes()); return this; }
        Builder certifications(List<Certification> v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), v, p.size(), p.website(), p.notes()); return this; }
        Builder size(Integer v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), v, p.website(), p.notes()); return this; }
        Builder website(String v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), v, p.notes()); return this; }
        Builder notes(String v) { p = new VendorProfile(p.name(), p.kind(), p.headquartersCountry(), p.deliveryLocations(), p.languages(), p.channels(), p.coverage24x7(), p.certifications(), p.size(), p.website(), v); return this; }

        VendorProfile build() {
            return p;
        }
    }
}
