package org.outsourcingdesk.exit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.exit.api.command.OpenRelationshipReviewCommand;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.api.query.FindExitsQuery;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.jobs.HourlyJob;
import org.outsourcingdesk.platform.messaging.OnBehalf;

/**
 * Opens a review of the relationship when the last day to give notice not to renew comes within
 * {@value #WINDOW_DAYS} days: at start-up and every hour, on behalf of the contract's approver. A
 * deadline opens one review (its id names the deadline); an exit already under review or ending is
 * left alone.
 */
@ApplicationScoped
public class ExitDeadlines {

    static final int WINDOW_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(ExitDeadlines.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    CommandGateway commands;
    @Inject
    QueryGateway queries;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    void start(@Observes DeskStarted started) {
        schedule = HourlyJob.schedule(scheduler, 10, this::openDue, LOG, "open the reviews of approaching deadlines");
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Opens a review for every exit whose notice deadline is near; answers how many. */
    public int openDue() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (ExitView exit : queries.query(new FindExitsQuery(), ResponseTypes.multipleInstancesOf(ExitView.class)).join()) {
            LocalDate by = exit.term() == null ? null : exit.term().nonRenewalNoticeBy();
            if (by == null || by.isBefore(today) || by.isAfter(today.plusDays(WINDOW_DAYS)) || exit.status() != ExitView.ExitStatus.PLANNED
                    || exit.reviews().stream().anyMatch(r -> r.reviewId().equals(reviewId(exit, by)))) {
                continue;
            }
            if (OnBehalf.sendUnlessRefused(commands, exit.startedFor(), Role.APPROVER, new OpenRelationshipReviewCommand(exit.exitId(),
                    reviewId(exit, by), ReviewOrigin.DEADLINE, "Notice not to renew is due by " + by + " (the contract ends on "
                    + exit.term().endsOn() + "): renew, renegotiate or leave?", null, exit.startedFor()))) {
                opened++;
            }
        }
        return opened;
    }

    private static String reviewId(ExitView exit, LocalDate by) {
        return exit.exitId() + "-deadline-" + by;
    }
}
