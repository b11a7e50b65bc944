package org.outsourcingdesk.platform.jobs;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

/**
 * A job the product runs a few seconds after start-up and then every hour, on the container's
 * scheduler. A run that fails is logged and tried again an hour later; it never stops the schedule.
 */
public final class HourlyJob {

    private static final long HOUR = 3600;

    private HourlyJob() {
    }

    /** Schedules {@code job}; {@code what} says in words what it does, for the log. Cancel the answer on shut-down. */
    public static ScheduledFuture<?> schedule(ManagedScheduledExecutorService scheduler, long firstAfterSeconds, Runnable job, Logger log,
                                              String what) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "could not " + what + "; trying again in an hour", e);
            }
        }, firstAfterSeconds, HOUR, TimeUnit.SECONDS);
    }
}
