package org.outsourcingdesk.sourcing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;
import org.outsourcingdesk.sourcing.api.event.VendorArchivedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRegisteredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRevisedEvent;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.FindVendorQuery;
import org.outsourcingdesk.sourcing.api.query.FindVendorsQuery;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;

/** The registry's read model on EclipseLink and H2 with the product's migrations: filters, repeats, versions. */
class VendorRegistryProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private EntityManagerFactory factory;
    private EntityManager em;
    private VendorRegistryProjection registry;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("desk-vendors").resolve("desk");
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        factory = Persistence.createEntityManagerFactory("sourcing-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
        em = factory.createEntityManager();
        EntityManagerProvider provider = () -> em;
        registry = new VendorRegistryProjection(provider);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        work.run();
        em.getTransaction().commit();
        em.clear();
    }

    private static VendorProfile bayside() {
        return new VendorProfile("Bayside Contact Solutions", VendorKind.CALL_CENTER, "PH",
                List.of(new DeliveryLocation("PH", "Manila", "ASIA_PHILIPPINES"), new DeliveryLocation("IN", "Pune", "INDIA")),
                List.of(new LanguageSkill("English", Proficiency.FLUENT), new LanguageSkill("Spanish", Proficiency.CONVERSATIONAL)),
                List.of(Channel.INBOUND_VOICE, Channel.EMAIL), true,
                List.of(new Certification("ISO 27001", LocalDate.now().plusYears(1)), new Certification("PCI DSS", LocalDate.now().minusDays(1))),
                1200, null, "100% of calls recorded");
    }

    private static VendorProfile kraków() {
        return new VendorProfile("Kraków Care Desk", VendorKind.EMAIL_SUPPORT_PROVIDER, "PL",
                List.of(new DeliveryLocation("PL", "Kraków", "EASTERN_EUROPE")),
                List.of(new LanguageSkill("German", Proficiency.FLUENT)), List.of(Channel.EMAIL), false, List.of(), 60, null, null);
    }

    private List<String> names(VendorFilter filter) {
        return registry.handle(new FindVendorsQuery(filter)).stream().map(v -> v.profile().name()).toList();
    }

    private static VendorFilter filter(String text, VendorKind kind, String country, String region, Channel channel,
                                       String language, String certification, Boolean coverage, boolean archived) {
        return new VendorFilter(text, kind, country, region, channel, language, certification, coverage, archived);
    }

    @Test
    void searchesByEveryFilterAndKeepsVersions() {
        var registered = new VendorRegisteredEvent("v-1", bayside(), "paula");
        for (int twice = 0; twice < 2; twice++) {
            inTransaction(() -> registry.on(registered, AT));
        }
        inTransaction(() -> registry.on(new VendorRegisteredEvent("v-2", kraków(), "carla"), AT));
        assertThat(em.createQuery("select count(v) from VendorEntity v", Long.class).getSingleResult()).isEqualTo(2);

        assertThat(names(VendorFilter.all())).containsExactly("Bayside Contact Solutions", "Kraków Care Desk");
        assertThat(names(filter("manila", null, null, null, null, null, null, null, false))).containsExactly("Bayside Contact Solutions");
        assertThat(names(filter("kraków", null, null, null, null, null, null, null, false))).containsExactly("Kraków Care Desk");
        assertThat(names(filter("100%", null, null, null, null, null, null, null, false))).as("% is a character, not a wildcard")
                .containsExactly("Bayside Contact Solutions");
        assertThat(names(filter(null, VendorKind.EMAIL_SUPPORT_PROVIDER, null, null, null, null, null, null, false)))
                .containsExactly("Kraków Care Desk");
        assertThat(names(filter(null, null, "in", null, null, null, null, null, false))).as("a delivery country")
                .containsExactly("Bayside Contact Solutions");
        assertThat(names(filter(null, null, null, "EASTERN_EUROPE", null, null, null, null, false))).containsExactly("Kraków Care Desk");
        assertThat(names(filter(null, null, null, "ASIA", null, null, null, null, false))).as("a whole region code").isEmpty();
        assertThat(names(filter(null, null, null, null, Channel.INBOUND_VOICE, null, null, null, false)))
                .containsExactly("Bayside Contact Solutions");
        assertThat(names(filter(null, null, null, null, Channel.EMAIL, "german", null, null, false))).containsExactly("Kraków Care Desk");
        assertThat(names(filter(null, null, null, null, null, null, "iso 27001", null, false))).containsExactly("Bayside Contact Solutions");
        assertThat(names(filter(null, null, null, null, null, null, "PCI DSS", null, false))).as("expired yesterday").isEmpty();
        assertThat(names(filter(null, null, null, null, null, null, null, true, false))).containsExactly("Bayside Contact Solutions");

        var revised = new VendorRevisedEvent("v-1", 2, new VendorProfile("Bayside Contact Solutions", VendorKind.CALL_CENTER, "PH",
                List.of(new DeliveryLocation("PH", "Cebu", "ASIA_PHILIPPINES")), List.of(), List.of(Channel.CHAT), false, List.of(),
                900, null, null), List.of("deliveryLocations", "languages", "channels", "coverage24x7", "certifications", "size", "notes"),
                "carla");
        for (int twice = 0; twice < 2; twice++) {
            inTransaction(() -> registry.on(revised, AT.plusSeconds(60)));
        }
        inTransaction(() -> registry.on(registered, AT)); // an old event again changes nothing
        VendorView view = registry.handle(new FindVendorQuery("v-1")).orElseThrow();
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.profile()).isEqualTo(revised.profile());
        assertThat(view.registeredBy()).isEqualTo("paula");
        assertThat(view.updatedBy()).isEqualTo("carla");
        assertThat(names(filter("manila", null, null, null, null, null, null, null, false))).isEmpty();
        assertThat(names(filter(null, null, null, null, Channel.CHAT, null, null, null, false))).containsExactly("Bayside Contact Solutions");

        inTransaction(() -> registry.on(new VendorArchivedEvent("v-2", "Kraków Care Desk", "Lost its certification.", "paula"), AT));
        assertThat(names(VendorFilter.all())).containsExactly("Bayside Contact Solutions");
        assertThat(names(filter(null, null, null, null, null, null, null, null, true)))
                .containsExactly("Bayside Contact Solutions", "Kraków Care Desk");
        assertThat(registry.handle(new FindVendorQuery("v-2")).orElseThrow().archiveReason()).isEqualTo("Lost its certification.");

        inTransaction(registry::reset);
        assertThat(names(filter(null, null, null, null, null, null, null, null, true))).isEmpty();
    }
}
