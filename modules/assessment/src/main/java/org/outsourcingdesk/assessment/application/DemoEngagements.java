package org.outsourcingdesk.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;

/**
 * In demo mode, a first-time user finds engagements to look at: opened through the real command, as
 * the demo analyst paula, so their history is a real one. Only into an empty product.
 */
@ApplicationScoped
public class DemoEngagements {

    private static final Logger LOG = Logger.getLogger(DemoEngagements.class.getName());

    @Inject
    EngagementOpening opening;
    @Inject
    QueryGateway queries;

    void seed(@Observes DeskStarted started) {
        if (!started.demoMode()) {
            return;
        }
        var existing = queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
        if (!existing.isEmpty()) {
            return;
        }
        var paula = new Caller("paula", List.of(Role.PROCUREMENT.name()));
        opening.openAs(paula, "Inbound phone support, North America", "Consumer Electronics", "USD");
        opening.openAs(paula, "Email and chat support for EMEA", "Home Appliances", "EUR");
        LOG.info("Demo engagements opened as paula");
    }
}
