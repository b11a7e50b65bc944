package org.outsourcingdesk.sourcing.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.event.VendorArchivedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRegisteredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRevisedEvent;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.FindVendorQuery;
import org.outsourcingdesk.sourcing.api.query.FindVendorsQuery;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;

/**
 * The vendor registry as it stands now, searchable. Replay-safe: a row is written by the vendor's
 * id, and an event older than the row's version changes nothing, so the same event twice leaves one
 * row as it was.
 */
@Dependent
@ProcessingGroup(VendorRegistryProjection.PROCESSING_GROUP)
public class VendorRegistryProjection {

    public static final String PROCESSING_GROUP = "sourcing-vendors";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public VendorRegistryProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(VendorRegisteredEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        if (em.find(VendorEntity.class, event.vendorId()) != null) {
            return;
        }
        var row = new VendorEntity(event.vendorId(), event.registeredBy(), at.atOffset(ZoneOffset.UTC));
        write(row, 1, event.profile(), event.registeredBy(), at);
        em.persist(row);
    }

    @EventHandler
    void on(VendorRevisedEvent event, @Timestamp Instant at) {
        var row = entityManagers.getEntityManager().find(VendorEntity.class, event.vendorId());
        if (row != null && row.version() < event.version()) {
            write(row, event.version(), event.profile(), event.revisedBy(), at);
        }
    }

    @EventHandler
    void on(VendorArchivedEvent event, @Timestamp Instant at) {
        var row = entityManagers.getEntityManager().find(VendorEntity.class, event.vendorId());
        if (row != null && !row.archived()) {
            row.archive(event.reason(), event.archivedBy(), at.atOffset(ZoneOffset.UTC));
        }
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from VendorEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<VendorView> handle(FindVendorQuery query) {
        return Optional.ofNullable(entityManagers.getEntityManager().find(VendorEntity.class, query.vendorId()))
                .map(VendorRegistryProjection::view);
    }

    @QueryHandler
    public List<VendorView> handle(FindVendorsQuery query) {
        VendorFilter filter = query.filter() == null ? VendorFilter.all() : query.filter();
        var where = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("v.searchText like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%" + like(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.kind() != null) {
            where.add("v.kind = ?" + (values.size() + 1));
            values.add(filter.kind().name());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add("v.countries like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%;" + like(filter.country().strip().toUpperCase(Locale.ROOT)) + ";%");
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.add("v.regions like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%;" + like(filter.region().strip()) + ";%");
        }
        if (filter.channel() != null) {
            where.add("v.channels like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%;" + filter.channel().name() + ";%");
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            where.add("v.languages like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%;" + like(filter.language().strip().toLowerCase(Locale.ROOT)) + ";%");
        }
        if (filter.certification() != null && !filter.certification().isBlank()) {
            where.add("v.certifications like ?" + (values.size() + 1) + " escape '\\'");
            values.add("%;" + like(filter.certification().strip().toLowerCase(Locale.ROOT)) + ";%");
        }
        var jpql = "select v from VendorEntity v" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by v.nameKey, v.vendorId";
        var typed = entityManagers.getEntityManager().createQuery(jpql, VendorEntity.class);
        for (int i = 0; i < values.size(); i++) {
            typed.setParameter(i + 1, values.get(i));
        }
        // the flags are judged here: EclipseLink's H2 platform compares booleans with integers, which H2 2 refuses
        var found = typed.getResultStream().filter(v -> filter.includeArchived() || !v.archived())
                .filter(v -> filter.coverage24x7() == null || v.coverage24x7() == filter.coverage24x7())
                .map(VendorRegistryProjection::view);
        if (filter.certification() != null && !filter.certification().isBlank()) {
            String wanted = filter.certification().strip();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            found = found.filter(v -> v.profile().certifications().stream()
                    .anyMatch(c -> c.name().equalsIgnoreCase(wanted) && c.validOn(today)));
        }
        return found.toList();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void write(VendorEntity row, int version, VendorProfile profile, String by, Instant at) {
        String searchText = String.join(" ", Stream.of(Stream.of(profile.name(), profile.kind().label(), profile.notes(),
                                profile.website()),
                        profile.deliveryLocations().stream().flatMap(l -> Stream.of(l.country(), l.city(), l.region())),
                        profile.languages().stream().map(l -> l.language()),
                        profile.certifications().stream().map(c -> c.name()))
                .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).toList()).toLowerCase(Locale.ROOT);
        String json;
        try {
            json = JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        row.write(version, profile.name(), profile.kind().name(), profile.headquartersCountry(),
                list(Stream.concat(Stream.of(profile.headquartersCountry()), profile.deliveryLocations().stream().map(l -> l.country()))),
                list(profile.deliveryLocations().stream().map(l -> l.region())),
                list(profile.channels().stream().map(Enum::name)),
                list(profile.languages().stream().map(l -> l.language().toLowerCase(Locale.ROOT))),
                list(profile.certifications().stream().map(c -> c.name().toLowerCase(Locale.ROOT))),
                profile.coverage24x7(), searchText, json, by, at.atOffset(ZoneOffset.UTC));
    }

    /** ';'-separated with a ';' at both ends, each value once, in order. */
    private static String list(Stream<String> values) {
        return ";" + values.filter(v -> v != null && !v.isBlank()).distinct().collect(Collectors.joining(";")) + ";";
    }

    private static VendorView view(VendorEntity row) {
        try {
            return new VendorView(row.vendorId(), row.version(), JSON.readValue(row.profile(), VendorProfile.class), row.archived(),
                    row.archiveReason(), row.registeredBy(), row.registeredAt().toInstant(), row.updatedBy(), row.updatedAt().toInstant());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
