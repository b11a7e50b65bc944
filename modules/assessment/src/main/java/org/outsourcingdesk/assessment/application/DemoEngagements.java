package org.outsourcingdesk.assessment.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;

/**
 * In demo mode, a first-time user finds engagements to look at: opened through the real command, as
 * the demo analyst paula, so their history is a real one; the first has its demand profile and
 * cost baseline recorded, ready for its options. Only into an empty product.
 */
@ApplicationScoped
public class DemoEngagements {

    private static final Logger LOG = Logger.getLogger(DemoEngagements.class.getName());

    @Inject
    EngagementOpening opening;
    @Inject
    QueryGateway queries;
    @Inject
    AssessmentWork assessment;
    @Inject
    RateCardAdministration rateCard;
    @Inject
    org.outsourcingdesk.platform.DemoJourneys journeys;

    /** The engagements later stages carry on with in demo mode (they find them by name). */
    public static final String NORDICS = "Customer care for the Nordics";
    public static final String ASIA_PACIFIC = "Technical support, Asia-Pacific";
    public static final String UNITED_KINGDOM = "Order hotline, United Kingdom";

    /** After the rate card is seeded. */
    static final int PRIORITY = 2000;

    /** Three channels of a mid-sized consumer business, open on weekdays. */
    static DemandProfile demoDemand() {
        var weekdays = OpeningHours.weekdays(10);
        return new DemandProfile(List.of(
                ChannelDemand.of(Channel.INBOUND_VOICE, 12_000, 300, 14, null, weekdays, ServiceTarget.seconds(80, 20),
                        List.of("English", "Spanish"), 15, 0, 5, 1),
                ChannelDemand.of(Channel.EMAIL, 4_000, 420, 12, null, weekdays, ServiceTarget.hours(90, 24),
                        List.of("English"), 10, 0, 8, 1),
                ChannelDemand.of(Channel.CHAT, 5_000, 480, 15, null, weekdays, ServiceTarget.seconds(80, 60),
                        List.of("English"), 5, 0, 15, 2)),
                StaffingAssumptions.usual());
    }

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!started.demoMode()) {
            return;
        }
        var existing = queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
        if (!existing.isEmpty()) {
            return;
        }
        var paula = new Caller("paula", List.of(Role.PROCUREMENT.name()));
        var admin = new Caller("admin", List.of(Role.ADMIN.name()));
        var northAmerica = opening.openAs(paula, "Inbound phone support, North America", "Consumer Electronics", "USD");
        opening.openAs(paula, "Email and chat support for EMEA", "Home Appliances", "EUR");
        // an illustrative rate, so that the EUR engagement can be costed; an administrator replaces it
        rateCard.setExchangeRate("EUR", new BigDecimal("0.92"), LocalDate.now(ZoneOffset.UTC), Origin.startup(admin));
        var as = Origin.startup(paula);
        assessment.recordDemand(northAmerica.id(), demoDemand(), as);
        assessment.recordBaseline(assessment.engagement(northAmerica.id()).orElseThrow(), CostBaseline.of(new BigDecimal("38000"), 25,
                new BigDecimal("4000"), 35, new BigDecimal("1200"), new BigDecimal("4800"), new BigDecimal("1500"),
                new BigDecimal("1800"), 12, new BigDecimal("65000"), new BigDecimal("120000"), "USD"), as);
        LOG.info("Demo engagements opened as paula");
        if (journeys.enabled(started)) {
            var marc = Origin.startup(new Caller("marc", List.of(Role.APPROVER.name())));
            decideToOutsource(opening.openAs(paula, NORDICS, "Home Appliances", "EUR").id(), "EUR", as, marc);
            decideToOutsource(opening.openAs(paula, ASIA_PACIFIC, "Consumer Electronics", "USD").id(), "USD", as, marc);
            decideToOutsource(opening.openAs(paula, UNITED_KINGDOM, "Online Shop", "USD").id(), "USD", as, marc);
            LOG.info("Demo engagements decided: outsource, approved by marc");
        }
    }

    /**
     * Voice and email of the demo demand, costed against a baseline in the engagement's currency;
     * paula proposes to outsource them to the Philippines, the US or Eastern Europe (shared per-minute
     * voice, dedicated hourly email); marc approves, which opens the sourcing round.
     */
    private void decideToOutsource(org.outsourcingdesk.kernel.EngagementId id, String currency, Origin analyst, Origin approver) {
        var demand = demoDemand();
        assessment.recordDemand(id, new DemandProfile(demand.channels().stream().filter(c -> c.channel() != Channel.CHAT).toList(),
                demand.assumptions()), analyst);
        assessment.recordBaseline(assessment.engagement(id).orElseThrow(), CostBaseline.of(new BigDecimal("38000"), 25,
                new BigDecimal("4000"), 35, new BigDecimal("1200"), new BigDecimal("4800"), new BigDecimal("1500"),
                new BigDecimal("1800"), 12, new BigDecimal("65000"), new BigDecimal("120000"), currency), analyst);
        assessment.propose(assessment.engagement(id).orElseThrow(), org.outsourcingdesk.assessment.api.model.DecisionOutcome.OUTSOURCE,
                List.of(Channel.INBOUND_VOICE, Channel.EMAIL), List.of("ASIA_PHILIPPINES", "US_CA", "EASTERN_EUROPE"),
                List.of(org.outsourcingdesk.assessment.api.model.PricingModel.SHARED_PER_MINUTE,
                        org.outsourcingdesk.assessment.api.model.PricingModel.DEDICATED_HOURLY),
                "A shared voice pool and dedicated email agents offshore cost well under half of our own team.", analyst);
        assessment.approve(id, "Agreed: go to market", approver);
    }
}
