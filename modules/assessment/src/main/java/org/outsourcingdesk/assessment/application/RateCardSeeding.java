package org.outsourcingdesk.assessment.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.domain.ratecard.StandardRateCard;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;

/**
 * Every product starts with a rate card: version 1 holds the price tables of the guide, revised by
 * "system". Only into a product without one; when several nodes start at once, the rate card's
 * version check lets exactly one of them through.
 */
@ApplicationScoped
public class RateCardSeeding {

    private static final Logger LOG = Logger.getLogger(RateCardSeeding.class.getName());
    /** Before the demo data, which costs with it. */
    static final int PRIORITY = 1000;
    static final Caller SYSTEM = new Caller("system", List.of(Role.ADMIN.name()));

    @Inject
    RateCardAdministration rateCard;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (rateCard.version(1).isPresent()) {
            return;
        }
        try {
            rateCard.revise(0, StandardRateCard.seed(), "Seeded from the price tables of the outsourcing guide (USD).",
                    Origin.startup(SYSTEM));
            LOG.info("Rate card version 1 seeded");
        } catch (BusinessRuleViolation alreadySeeded) {
            LOG.info("Rate card already seeded: " + alreadySeeded.getMessage());
        } catch (RuntimeException concurrentStart) {
            LOG.info("Rate card seeded by another node: " + concurrentStart);
        }
    }
}
