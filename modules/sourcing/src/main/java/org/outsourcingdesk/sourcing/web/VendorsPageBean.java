package org.outsourcingdesk.sourcing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.web.FormActions;
import org.outsourcingdesk.platform.web.RuleMessages;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;
import org.outsourcingdesk.sourcing.application.VendorCsv;
import org.outsourcingdesk.sourcing.application.VendorRegistry;

/**
 * Backs the vendor registry page: everyone signed in searches it; procurement staff and
 * administrators register vendors, change them (from the version they opened), archive them, and
 * import a CSV file. A refused form keeps everything typed and says which field broke which rule.
 */
@Named("vendorsPage")
@RequestScoped
public class VendorsPageBean {

    private static final int SPARE_ROWS = 2;

    @Inject
    VendorRegistry registry;
    @Inject
    FacesContext faces;

    // the search
    private String text;
    private VendorKind kind;
    private String country;
    private String region;
    private Channel channel;
    private String language;
    private String certification;
    private boolean includeArchived;
    private List<VendorView> vendors;

    // the form
    private String vendorId;
    private VendorView editing;
    private int basedOnVersion;
    private String name;
    private VendorKind formKind;
    private String headquartersCountry;
    private final List<LocationRow> locations = new ArrayList<>();
    private final List<LanguageRow> languages = new ArrayList<>();
    /** Channel names: a many-select posts strings, whatever the list's declared type. */
    private List<String> channels = new ArrayList<>();
    private boolean coverage24x7;
    private final List<CertificationRow> certifications = new ArrayList<>();
    private Integer size;
    private String website;
    private String notes;
    private String archiveReason;

    // the import
    private Part csvFile;
    private List<VendorCsv.Problem> importProblems = List.of();

    @PostConstruct
    void load() {
        var params = faces.getExternalContext().getRequestParameterMap();
        vendorId = params.get("vendor"); // in the address, or posted back by the form's hidden field
        if (vendorId != null && !vendorId.isBlank()) {
            editing = registry.find(vendorId).orElse(null);
        }
        if (editing != null) {
            var p = editing.profile();
            basedOnVersion = editing.version();
            name = p.name();
            formKind = p.kind();
            headquartersCountry = p.headquartersCountry();
            p.deliveryLocations().forEach(l -> locations.add(new LocationRow(l.country(), l.city(), l.region())));
            p.languages().forEach(l -> languages.add(new LanguageRow(l.language(), l.proficiency())));
            channels = new ArrayList<>(p.channels().stream().map(Enum::name).toList());
            coverage24x7 = p.coverage24x7();
            p.certifications().forEach(c -> certifications.add(new CertificationRow(c.name(), c.expires())));
            size = p.size();
            website = p.website();
            notes = p.notes();
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            locations.add(new LocationRow(null, null, null));
            languages.add(new LanguageRow(null, null));
            certifications.add(new CertificationRow(null, null));
        }
    }

    public String search() {
        vendors = null;
        return null;
    }

    public List<VendorView> getVendors() {
        if (vendors == null) {
            vendors = registry.search(new VendorFilter(text, kind, country, region, channel, language, certification, null,
                    includeArchived));
        }
        return vendors;
    }

    public String save() {
        var profile = new VendorProfile(name, formKind, upper(headquartersCountry),
                locations.stream().filter(r -> !r.isBlank()).map(r -> new DeliveryLocation(upper(r.getCountry()), r.getCity(),
                        r.getRegion())).toList(),
                languages.stream().filter(r -> !r.isBlank()).map(r -> new LanguageSkill(r.getLanguage(), r.getProficiency())).toList(),
                channels.stream().map(Channel::valueOf).toList(), coverage24x7,
                certifications.stream().filter(r -> !r.isBlank()).map(r -> new Certification(r.getName(), r.getExpires())).toList(),
                size, website, notes);
        try {
            String saved;
            if (editing == null) {
                saved = registry.register(profile, origin());
                done("Registered " + profile.name().strip() + ".");
            } else {
                registry.revise(editing.vendorId(), basedOnVersion, profile, origin());
                saved = editing.vendorId();
                done("Saved " + profile.name().strip() + " as version " + (basedOnVersion + 1) + ".");
            }
            return "/sourcing/vendors.xhtml?faces-redirect=true&vendor=" + saved;
        } catch (CommandNotPermittedException notPermitted) {
            error("Only procurement staff and administrators keep the vendor registry.");
        } catch (BusinessRuleViolation rule) {
            error(describe(rule));
        }
        return null;
    }

    public String archive() {
        try {
            registry.archive(editing.vendorId(), archiveReason, origin());
            done("Archived " + editing.profile().name() + ".");
            return "/sourcing/vendors.xhtml?faces-redirect=true";
        } catch (CommandNotPermittedException notPermitted) {
            error("Only procurement staff and administrators keep the vendor registry.");
        } catch (BusinessRuleViolation rule) {
            error(describe(rule));
        }
        return null;
    }

    public String importCsv() {
        var csv = FormActions.upload(faces, csvFile, 5_000_000);
        if (csv.isEmpty()) {
            return null;
        }
        try {
            var report = registry.importCsv(csv.get(), origin());
            if (report.imported()) {
                done("Imported " + report.registered().size() + " vendor(s).");
                return "/sourcing/vendors.xhtml?faces-redirect=true";
            }
            importProblems = report.problems();
            error("Nothing was imported: " + report.problems().size() + " problem(s) in the file, listed below.");
        } catch (CommandNotPermittedException notPermitted) {
            error("Only procurement staff and administrators keep the vendor registry.");
        }
        return null;
    }

    /** The rule's message, with the field it concerns in words. */
    static String describe(BusinessRuleViolation rule) {
        return RuleMessages.describe(rule);
    }

    private void done(String message) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private void error(String message) {
        FormActions.error(faces, message);
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isKeeper() {
        var external = faces.getExternalContext();
        return external.isUserInRole("PROCUREMENT") || external.isUserInRole("ADMIN");
    }

    public boolean expired(Certification c) {
        return !c.validOn(LocalDate.now(ZoneOffset.UTC));
    }

    public List<RegionRate> getRegions() {
        return registry.regions();
    }

    public List<VendorKind> getKinds() {
        return Arrays.asList(VendorKind.values());
    }

    public List<Channel> getAllChannels() {
        return Arrays.asList(Channel.values());
    }

    public List<Proficiency> getProficiencies() {
        return Arrays.asList(Proficiency.values());
    }

    public String channelLabels(VendorView v) {
        return String.join(", ", v.profile().channels().stream().map(Channel::label).toList());
    }

    public String languageLabels(VendorView v) {
        return String.join(", ", v.profile().languages().stream()
                .map(l -> l.language() + " (" + l.proficiency().label().toLowerCase(Locale.ROOT) + ")").toList());
    }

    public String places(VendorView v) {
        return String.join(", ", v.profile().deliveryLocations().stream()
                .map(l -> (l.city() == null ? "" : l.city() + ", ") + l.country() + " · " + l.region()).toList());
    }

    // getters and setters
    public VendorView getEditing() { return editing; }
    public String getVendorId() { return vendorId; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public VendorKind getKind() { return kind; }
    public void setKind(VendorKind v) { kind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getCertification() { return certification; }
    public void setCertification(String v) { certification = v; }
    public boolean isIncludeArchived() { return includeArchived; }
    public void setIncludeArchived(boolean v) { includeArchived = v; }
    public int getBasedOnVersion() { return basedOnVersion; }
    public void setBasedOnVersion(int v) { basedOnVersion = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public VendorKind getFormKind() { return formKind; }
    public void setFormKind(VendorKind v) { formKind = v; }
    public String getHeadquartersCountry() { return headquartersCountry; }
    public void setHeadquartersCountry(String v) { headquartersCountry = v; }
    public List<LocationRow> getLocations() { return locations; }
    public List<LanguageRow> getLanguages() { return languages; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> v) { channels = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public boolean isCoverage24x7() { return coverage24x7; }
    public void setCoverage24x7(boolean v) { coverage24x7 = v; }
    public List<CertificationRow> getCertifications() { return certifications; }
    public Integer getSize() { return size; }
    public void setSize(Integer v) { size = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getArchiveReason() { return archiveReason; }
    public void setArchiveReason(String v) { archiveReason = v; }
    public Part getCsvFile() { return csvFile; }
    public void setCsvFile(Part v) { csvFile = v; }
    public List<VendorCsv.Problem> getImportProblems() { return importProblems; }

    /** A delivery location as typed. */
    public static final class LocationRow {
        private String country;
        private String city;
        private String region;

        LocationRow(String country, String city, String region) {
            this.country = country;
            this.city = city;
            this.region = region;
        }

        boolean isBlank() {
            return (country == null || country.isBlank()) && (city == null || city.isBlank()) && (region == null || region.isBlank());
        }

        public String getCountry() { return country; }
        public void setCountry(String v) { country = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
    }

    /** A language as typed. */
    public static final class LanguageRow {
        private String language;
        private Proficiency proficiency;

        LanguageRow(String language, Proficiency proficiency) {
            this.language = language;
            this.proficiency = proficiency;
        }

        boolean isBlank() {
            return (language == null || language.isBlank()) && proficiency == null;
        }

        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = v; }
        public Proficiency getProficiency() { return proficiency; }
        public void setProficiency(Proficiency v) { proficiency = v; }
    }

    /** A certification as typed. */
    public static final class CertificationRow {
        private String name;
        private LocalDate expires;

        CertificationRow(String name, LocalDate expires) {
            this.name = name;
            this.expires = expires;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && expires == null;
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public LocalDate getExpires() { return expires; }
        public void setExpires(LocalDate v) { expires = v; }
    }
}
