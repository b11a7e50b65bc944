package org.outsourcingdesk.sourcing.domain.vendor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.sourcing.api.command.ArchiveVendorCommand;
import org.outsourcingdesk.sourcing.api.command.RegisterVendorCommand;
import org.outsourcingdesk.sourcing.api.command.ReviseVendorCommand;
import org.outsourcingdesk.sourcing.api.event.VendorArchivedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRegisteredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorRevisedEvent;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/**
 * A vendor in the registry that every engagement shares: a call center, a freelance contractor, a
 * social-media or email support agency, or a directly hired remote team. Every change stores the
 * whole profile as a new version, with the fields that changed, so the registry can be read as it
 * stood when a sourcing round judged the vendor.
 * <p>
 * Invariants: the profile keeps {@link VendorRules}; versions follow each other without gaps, and a
 * change made from an older version than the current one is refused (two users never overwrite each
 * other unknowingly); an archived vendor changes no more.
 */
public class Vendor {

    @AggregateIdentifier
    private String vendorId;
    private int version;
    private VendorProfile profile;
    private boolean archived;

    protected Vendor() {
    }

    @CommandHandler
    public Vendor(RegisterVendorCommand command) {
        VendorRules.check(command.profile());
        apply(new VendorRegisteredEvent(command.vendorId(), tidy(command.profile()), command.registeredBy()));
    }

    @CommandHandler
    void handle(ReviseVendorCommand command) {
        if (archived) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "ArchivedVendorUnchanged", null,
                    profile.name() + " was archived; it changes no more.");
        }
        if (command.basedOnVersion() != version) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorChangedMeanwhile", "basedOnVersion",
                    profile.name() + " is at version " + version + " now, not " + command.basedOnVersion()
                            + "; reload it and make your change again.");
        }
        VendorRules.check(command.profile());
        VendorProfile revised = tidy(command.profile());
        List<String> changed = changes(profile, revised);
        if (changed.isEmpty()) {
            throw new BusinessRuleViolation("VendorChangeChangesSomething", null, "Nothing changed: the profile is the same as version "
                    + version + ".");
        }
        apply(new VendorRevisedEvent(vendorId, version + 1, revised, changed, command.revisedBy()));
    }

    @CommandHandler
    void handle(ArchiveVendorCommand command) {
        if (archived) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorArchivedOnce", null,
                    profile.name() + " is archived already.");
        }
        VendorRules.checkReason(command.reason());
        apply(new VendorArchivedEvent(vendorId, profile.name(), command.reason().strip(), command.archivedBy()));
    }

    @EventSourcingHandler
    void on(VendorRegisteredEvent event) {
        vendorId = event.vendorId();
        version = 1;
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(VendorRevisedEvent event) {
        version = event.version();
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(VendorArchivedEvent event) {
        archived = true;
    }

    /** The profile with surrounding spaces gone and blank optional texts as none. */
    static VendorProfile tidy(VendorProfile p) {
        return new VendorProfile(p.name().strip(), p.kind(), p.headquartersCountry(),
                p.deliveryLocations().stream().map(l -> new org.outsourcingdesk.sourcing.api.model.DeliveryLocation(l.country(),
                        blankToNull(l.city()), l.region())).toList(),
                p.languages().stream().map(l -> new org.outsourcingdesk.sourcing.api.model.LanguageSkill(l.language().strip(),
                        l.proficiency())).toList(),
                p.channels(), p.coverage24x7(),
                p.certifications().stream().map(c -> new org.outsourcingdesk.sourcing.api.model.Certification(c.name().strip(),
                        c.expires())).toList(),
                p.size(), blankToNull(p.website()), blankToNull(p.notes()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The names of the profile's fields that differ. */
    static List<String> changes(VendorProfile before, VendorProfile after) {
        var changed = new ArrayList<String>();
        diff(changed, "name", before.name(), after.name());
        diff(changed, "kind", before.kind(), after.kind());
        diff(changed, "headquartersCountry", before.headquartersCountry(), after.headquartersCountry());
        diff(changed, "deliveryLocations", before.deliveryLocations(), after.deliveryLocations());
        diff(changed, "languages", before.languages(), after.languages());
        diff(changed, "channels", before.channels(), after.channels());
        diff(changed, "coverage24x7", before.coverage24x7(), after.coverage24x7());
        diff(changed, "certifications", before.certifications(), after.certifications());
        diff(changed, "size", before.size(), after.size());
        diff(changed, "website", before.website(), after.website());
        diff(changed, "notes", before.notes(), after.notes());
        return changed;
    }

    private static void diff(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
