package org.outsourcingdesk.exit.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ItemStatus;
import org.outsourcingdesk.exit.api.model.ReadinessItem;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.exit.api.model.Settlement;
import org.outsourcingdesk.exit.api.model.TransitionTask;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.DemoJourneys;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.Origin;

/**
 * Demo mode's exit: Asia-Pacific's plan has its first readiness items under way; the United Kingdom's
 * ground for cause opened a review, which paula answers with a termination for cause, marc approves,
 * and which is carried out (notice, a transition task, the settlement) until the service is back
 * in-house and the engagement closed.
 */
@ApplicationScoped
public class DemoExit {

    private static final Logger LOG = Logger.getLogger(DemoExit.class.getName());
    /** After the demo monitoring. */
    static final int PRIORITY = 2500;

    @Inject
    DemoJourneys journeys;
    @Inject
    QueryGateway queries;
    @Inject
    ExitWork work;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!journeys.enabled(started)) {
            return;
        }
        var paula = Origin.startup(new Caller("paula", List.of(Role.PROCUREMENT.name())));
        var marc = Origin.startup(new Caller("marc", List.of(Role.APPROVER.name())));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            for (EngagementView engagement : queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class))
                    .join()) {
                var id = new EngagementId(engagement.id());
                if (engagement.name().equals("Technical support, Asia-Pacific")) {
                    var exit = DemoJourneys.await("the exit plan of " + engagement.name(), () -> work.exit(id)).orElse(null);
                    if (exit != null && exit.readinessPercent() == 0) {
                        work.updateItem(id, ReadinessItem.STAFF_IDENTIFIED, "Hanna (HR)", today.plusMonths(2), ItemStatus.DONE, null, paula);
                        work.updateItem(id, ReadinessItem.KNOWLEDGE_TRANSFERRED, "Ivo (support lead)", today.plusMonths(3),
                                ItemStatus.IN_PROGRESS, "Scripts received; the knowledge base follows", paula);
                    }
                } else if (engagement.name().equals("Order hotline, United Kingdom")) {
                    leave(id, engagement.name(), today, paula, marc);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo exit stopped", e);
        }
    }

    private void leave(EngagementId id, String name, LocalDate today, Origin paula, Origin marc) {
        var exit = DemoJourneys.await("the review of " + name, () -> work.exit(id)
                .filter(x -> x.openReview().isPresent() || x.ending().isPresent())).orElse(null);
        if (exit == null || exit.openReview().isEmpty() || exit.openReview().get().triggerIds().isEmpty()) {
            return; // seeded at an earlier start
        }
        String trigger = exit.openReview().get().triggerIds().get(0);
        work.propose(id, ExitOption.TERMINATE_FOR_CAUSE, "Service level missed two months running with no recovery plan; the hotline "
                + "comes back to our own team.", trigger, new ReviewInputs(12, 1, ReturnPath.IN_HOUSE, null, null), paula);
        work.decide(id, true, "Agreed: we have the people", marc);
        work.serveNotice(id, today, today, paula);
        work.addTask(id, new TransitionTask("Port the hotline numbers to our carrier", "Ivo (telecoms)", today), paula);
        var task = work.exit(id).orElseThrow().tasks().get(0);
        work.completeTask(id, task.taskId(), today, paula);
        work.settle(id, new Settlement("INV-UK-0006", new BigDecimal("0"), new BigDecimal("26093.00"), today), paula);
        work.complete(id, ReturnPath.IN_HOUSE, today, paula);
        DemoJourneys.await("the closing of " + name, () -> queries.query(new FindEngagementQuery(id),
                ResponseTypes.optionalInstanceOf(EngagementView.class)).join().filter(e -> e.stage() == Stage.CLOSED));
        LOG.info(() -> "Demo exit completed for " + name);
    }
}
