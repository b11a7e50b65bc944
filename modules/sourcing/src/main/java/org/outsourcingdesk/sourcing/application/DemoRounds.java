package org.outsourcingdesk.sourcing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.DemoJourneys;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.sourcing.api.model.BillingBasis;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.ReferenceCheck;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Score;
import org.outsourcingdesk.sourcing.api.model.TestCall;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;
import org.outsourcingdesk.sourcing.api.query.VendorFilter;
import org.outsourcingdesk.sourcing.api.query.VendorView;

/**
 * Demo mode's sourcing: in each round the demo decisions opened, three registry vendors are shortlisted,
 * sent a request for proposal, quoted, checked, test-called and scored by paula; in the rounds of the
 * engagements that go on to a contract, paula proposes Bayside and carla approves it. Each step is a
 * real command as a demo user; a step that fails stops the demo there and is logged.
 */
@ApplicationScoped
public class DemoRounds {

    private static final Logger LOG = Logger.getLogger(DemoRounds.class.getName());
    /** After the demo vendors. */
    static final int PRIORITY = 2200;
    private static final List<String> QUOTED = List.of("Customer care for the Nordics", "Technical support, Asia-Pacific",
            "Order hotline, United Kingdom");
    private static final List<String> SELECTED = QUOTED.subList(1, 3);

    @Inject
    DemoJourneys journeys;
    @Inject
    QueryGateway queries;
    @Inject
    SourcingWork work;
    @Inject
    VendorRegistry registry;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!journeys.enabled(started)) {
            return;
        }
        try {
            var engagements = queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
            for (EngagementView engagement : engagements) {
                if (QUOTED.contains(engagement.name())) {
                    quote(engagement);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo rounds stopped", e);
        }
    }

    private void quote(EngagementView engagement) {
        var id = new EngagementId(engagement.id());
        var round = DemoJourneys.await("the round of " + engagement.name(), () -> work.round(id)).orElse(null);
        if (round == null || !SourcingRoundView.OPEN.equals(round.status()) || !round.shortlist().isEmpty()) {
            return; // seeded at an earlier start
        }
        var paula = Origin.startup(new Caller("paula", List.of(Role.PROCUREMENT.name())));
        var carla = Origin.startup(new Caller("carla", List.of(Role.PROCUREMENT.name(), Role.APPROVER.name())));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String currency = engagement.currency();
        work.setCriteria(id, round.criteriaRevision(), List.of(new Criterion("COST", "Cost", 60), new Criterion("QUALITY", "Quality", 40)),
                "Cost first, then the quality the test calls showed", paula);
        var vendors = Map.of("Bayside Contact Solutions", "ASIA_PHILIPPINES", "Northwind Support Partners", "US_CA",
                "Kraków Care Desk", "EASTERN_EUROPE");
        String bayside = null;
        var rejections = new java.util.ArrayList<Rejection>();
        for (var entry : vendors.entrySet()) {
            VendorView vendor = registry.search(new VendorFilter(entry.getKey(), null, null, null, null, null, null, null, false)).stream()
                    .filter(v -> v.profile().name().equals(entry.getKey())).findFirst().orElse(null);
            if (vendor == null) {
                continue;
            }
            String vendorId = vendor.vendorId();
            String region = entry.getValue();
            boolean manila = region.equals("ASIA_PHILIPPINES");
            boolean onshore = region.equals("US_CA");
            work.shortlist(id, vendorId, paula);
            work.recordRequestForProposal(id, vendorId, today.minusDays(40), today.minusDays(26), paula);
            if (vendor.profile().channels().contains(Channel.INBOUND_VOICE)) {
                work.recordQuote(id, vendorId, Channel.INBOUND_VOICE, region, new Quote(PricingModel.SHARED_PER_MINUTE, currency,
                        new BigDecimal(manila ? "0.38" : "0.82"), null, null, null, null, null, null, null, null,
                        new BigDecimal(manila ? "5000" : "2000"), 24), paula);
            }
            work.recordQuote(id, vendorId, Channel.EMAIL, region, new Quote(PricingModel.DEDICATED_HOURLY, currency, null,
                    new BigDecimal(manila ? "9.50" : onshore ? "24.00" : "14.00"), BillingBasis.PRODUCTIVE, null, null, null, null, null,
                    null, null, 24), paula);
            work.recordDueDiligence(id, vendorId, DueDiligenceItem.REFERENCES, DueDiligenceOutcome.PASSED, "Two clients called",
                    List.of(new ReferenceCheck("Jo Reyes", "Acme Retail", "Renewed twice")), paula);
            work.logTestCall(id, vendorId, new TestCall(today.minusDays(20), manila || onshore ? Channel.INBOUND_VOICE : Channel.EMAIL,
                    "Refund for a damaged kettle", manila ? 25 : 60, 290, manila, manila ? 4 : 3, manila ? 5 : 4, null), paula);
            work.score(id, vendorId, List.of(new Score("COST", manila ? 5 : onshore ? 2 : 3, manila ? "Lowest" : "Dearer"),
                    new Score("QUALITY", manila ? 4 : 3, manila ? "Resolved the test call" : "Did not resolve the test call")), paula);
            if (manila) {
                bayside = vendorId;
            } else {
                rejections.add(new Rejection(vendorId, vendor.profile().name(), onshore ? "Twice the cost of Bayside" : "No voice; lapsed ISO 27001"));
            }
        }
        if (bayside != null && SELECTED.contains(engagement.name())) {
            work.proposeSelection(id, bayside, "The lowest cost, and the only vendor that resolved the test call", rejections, List.of(), paula);
            work.approveSelection(id, "Agreed", carla);
        }
    }
}
