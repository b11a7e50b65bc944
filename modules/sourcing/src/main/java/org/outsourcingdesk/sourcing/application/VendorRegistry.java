package org.outsourcingdesk.sourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.assessment.api.query.FindRateCardQuery;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.axon.ReadModels;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.command.ArchiveVendorCommand;
import org.outsourcingdesk.sourcing.api.command.RegisterVendorCommand;
import org.outsourcingdesk.sourcing.api.command.ReviseVendorCommand;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;
import org.outsourcingdesk.sourcing.api.query.FindVendorQuery;
import org.outsourcingdesk.sourcing.api.query.FindVendorsQuery;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;
import org.outsourcingdesk.sourcing.domain.vendor.VendorRules;

/**
 * The vendor registry as its users work it: search, register, revise, archive, import. Checks what
 * the vendor aggregate cannot know alone: that each delivery region is on the current rate card, and
 * that no other active vendor has the same name.
 */
@ApplicationScoped
public class VendorRegistry {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    public List<VendorView> search(VendorFilter filter) {
        return queries.query(new FindVendorsQuery(filter), ResponseTypes.multipleInstancesOf(VendorView.class)).join();
    }

    public Optional<VendorView> find(String vendorId) {
        return queries.query(new FindVendorQuery(vendorId), ResponseTypes.optionalInstanceOf(VendorView.class)).join();
    }

    /** Registers a vendor; answers its id once the registry shows it (or the id alone after a wait). */
    public String register(VendorProfile profile, Origin origin) {
        check(profile, null);
        String vendorId = UUID.randomUUID().toString();
        send(new RegisterVendorCommand(vendorId, profile, origin.username()), origin);
        ReadModels.await(() -> find(vendorId), READ_YOUR_WRITE);
        return vendorId;
    }

    /** Revises a vendor from the version the user edited; answers whether the new version is readable yet. */
    public boolean revise(String vendorId, int basedOnVersion, VendorProfile profile, Origin origin) {
        check(profile, vendorId);
        send(new ReviseVendorCommand(vendorId, basedOnVersion, profile, origin.username()), origin);
        return ReadModels.await(() -> find(vendorId).filter(v -> v.version() > basedOnVersion), READ_YOUR_WRITE).isPresent();
    }

    public boolean archive(String vendorId, String reason, Origin origin) {
        send(new ArchiveVendorCommand(vendorId, reason, origin.username()), origin);
        return ReadModels.await(() -> find(vendorId).filter(VendorView::archived), READ_YOUR_WRITE).isPresent();
    }

    /** The regions of the current rate card, by code. */
    public List<RegionRate> regions() {
        return queries.query(new FindRateCardQuery(null), ResponseTypes.optionalInstanceOf(RateCardVersion.class)).join()
                .map(version -> version.content().regions()).orElse(List.of());
    }

    /**
     * The rules the aggregate checks, and those only the registry can: regions on the rate card, and
     * one active vendor per name ({@code self}: the vendor being revised, null for a new one).
     */
    void check(VendorProfile profile, String self) {
        VendorRules.check(profile);
        Set<String> codes = regions().stream().map(RegionRate::code).collect(Collectors.toSet());
        for (int i = 0; i < profile.deliveryLocations().size(); i++) {
            String region = profile.deliveryLocations().get(i).region();
            if (!codes.contains(region)) {
                throw new BusinessRuleViolation("RegionOnRateCard", "profile.deliveryLocations[" + i + "].region",
                        "Region " + region + " is not on the current rate card; choose one of " + String.join(", ", codes.stream().sorted().toList()) + ".");
            }
        }
        String name = profile.name().strip().toLowerCase(Locale.ROOT);
        search(new VendorFilter(profile.name().strip(), null, null, null, null, null, null, null, false)).stream()
                .filter(v -> !v.vendorId().equals(self) && v.profile().name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst().ifPresent(other -> {
                    throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, "VendorNameUnique", "profile.name",
                            "The registry already has an active vendor named " + other.profile().name() + ".");
                });
    }

    /**
     * Imports vendors from CSV ({@link VendorCsv}): all or nothing. Every line is read and checked first;
     * if any is wrong, nothing is registered and every problem is reported with its line.
     */
    public VendorCsv.Report importCsv(String csv, Origin origin) {
        var parsed = VendorCsv.parse(csv);
        var problems = new ArrayList<>(parsed.problems());
        var names = new java.util.HashMap<String, Integer>();
        for (var line : parsed.lines()) {
            try {
                check(line.profile(), null);
                Integer first = names.putIfAbsent(line.profile().name().strip().toLowerCase(Locale.ROOT), line.number());
                if (first != null) {
                    problems.add(new VendorCsv.Problem(line.number(), "name", "VendorNameUnique",
                            "The file names " + line.profile().name().strip() + " twice (lines " + first + " and " + line.number() + ")."));
                }
            } catch (BusinessRuleViolation violation) {
                problems.add(new VendorCsv.Problem(line.number(), VendorCsv.column(violation.field()), violation.rule(),
                        violation.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(VendorCsv.Problem::line));
            return new VendorCsv.Report(List.of(), problems);
        }
        var registered = new ArrayList<String>();
        for (var line : parsed.lines()) {
            String vendorId = UUID.randomUUID().toString();
            send(new RegisterVendorCommand(vendorId, line.profile(), origin.username()), origin);
            registered.add(vendorId);
        }
        if (!registered.isEmpty()) {
            String last = registered.get(registered.size() - 1);
            ReadModels.await(() -> find(last), READ_YOUR_WRITE);
        }
        return new VendorCsv.Report(registered, List.of());
    }

    private void send(Object command, Origin origin) {
        origin.send(commands, command);
    }
}
