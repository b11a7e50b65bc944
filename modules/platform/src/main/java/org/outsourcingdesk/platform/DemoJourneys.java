package org.outsourcingdesk.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.outsourcingdesk.platform.axon.ReadModels;

/**
 * Whether demo mode carries its engagements through the stages (one in sourcing with three quoted
 * vendors, one in monitoring with six months of KPIs and a breach, one closed after an exit), as each
 * stage's demo seeds its part, in stage order, through its own real commands as the demo users.
 * {@code desk.demo.journeys} (default true) turns it off for tests that want only the first two.
 */
@ApplicationScoped
public class DemoJourneys {

    /** What a demo step waits at most for a policy of an earlier stage to have acted. */
    public static final Duration POLICY = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DemoJourneys.class.getName());

    @Inject
    @ConfigProperty(name = "desk.demo.journeys", defaultValue = "true")
    boolean enabled;

    public boolean enabled(PlatformStartup.DeskStarted started) {
        return started.demoMode() && enabled;
    }

    /** Waits for what an earlier stage's policy does; empty, and logged, when it does not come in time. */
    public static <T> Optional<T> await(String what, Supplier<Optional<T>> read) {
        var found = ReadModels.await(read, POLICY);
        if (found.isEmpty()) {
            LOG.warning(() -> "Demo: " + what + " did not happen within " + POLICY.toSeconds() + " s; the demo stops there");
        }
        return found;
    }
}
