package org.outsourcingdesk.sourcing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A vendor as the registry knows it now: the profile as JSON, and the columns it is searched by. */
@Entity
@Table(name = "sourcing_vendor")
public class VendorEntity {

    @Id
    @Column(name = "vendor_id")
    private String vendorId;
    @Column(name = "version", nullable = false)
    private int version;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "name_key", nullable = false)
    private String nameKey;
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "hq_country", nullable = false)
    private String hqCountry;
    @Column(name = "countries", nullable = false)
    private String countries;
    @Column(name = "regions", nullable = false)
    private String regions;
    @Column(name = "channels", nullable = false)
    private String channels;
    @Column(name = "languages", nullable = false)
    private String languages;
    @Column(name = "certifications", nullable = false)
    private String certifications;
    @Column(name = "coverage_24x7", nullable = false)
    private boolean coverage24x7;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "profile", nullable = false)
    private String profile;
    @Column(name = "archived", nullable = false)
    private boolean archived;
    @Column(name = "archive_reason")
    private String archiveReason;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected VendorEntity() {
    }

    VendorEntity(String vendorId, String registeredBy, OffsetDateTime registeredAt) {
        this.vendorId = vendorId;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /**
     * The vendor as of a version. The entity changes itself (never another class its fields), so that
     * EclipseLink's woven change tracking sees every change.
     */
    void write(int version, String name, String kind, String hqCountry, String countries, String regions, String channels,
               String languages, String certifications, boolean coverage24x7, String searchText, String profile,
               String updatedBy, OffsetDateTime updatedAt) {
        this.version = version;
        this.name = name;
        this.nameKey = name.toLowerCase(java.util.Locale.ROOT);
        this.kind = kind;
        this.hqCountry = hqCountry;
        this.countries = countries;
        this.regions = regions;
        this.channels = channels;
        this.languages = languages;
        this.certifications = certifications;
        this.coverage24x7 = coverage24x7;
        this.searchText = searchText;
        this.profile = profile;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    void archive(String reason, String by, OffsetDateTime at) {
        this.archived = true;
        this.archiveReason = reason;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String vendorId() { return vendorId; }
    int version() { return version; }
    boolean coverage24x7() { return coverage24x7; }
    String profile() { return profile; }
    boolean archived() { return archived; }
    String archiveReason() { return archiveReason; }
    String registeredBy() { return registeredBy; }
    OffsetDateTime registeredAt() { return registeredAt; }
    String updatedBy() { return updatedBy; }
    OffsetDateTime updatedAt() { return updatedAt; }
}
