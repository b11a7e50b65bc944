package org.outsourcingdesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.outsourcingdesk.platform.axon.AxonBootstrap;
import org.outsourcingdesk.platform.persistence.DatabaseKind;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;
import org.outsourcingdesk.platform.security.AccountBootstrap;

/**
 * The start-up sequence, run when the web application starts (by then the container has bound the
 * data source, which a CDI initialisation observer would be too early for), in the one order that works: migrate the schema, make sure someone can log
 * in, start Axon, announce {@link DeskStarted} (demo data listens), and only then let requests in.
 * A failure stops the deployment rather than leaving a half-started product running.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Inject
    AccountBootstrap accounts;
    @Inject
    AxonBootstrap axon;
    @Inject
    Event<DeskStarted> started;

    private volatile boolean ready;

    /** Runs once, when the web application starts ({@link PlatformStartupListener}). */
    synchronized void start() {
        if (ready) {
            return;
        }
        long begin = System.nanoTime();
        DatabaseKind kind = DatabaseKind.of(dataSource);
        DatabaseMigrations.migrate(dataSource, kind, PlatformStartup.class.getClassLoader());
        boolean demo = accounts.bootstrap(kind);
        axon.start();
        started.fire(new DeskStarted(kind, demo));
        ready = true;
        LOG.info(() -> "Outsourcing Desk is ready on " + kind + (demo ? " in demo mode" : "") + " after "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    /** True once everything above has happened; until then requests get 503. */
    public boolean isReady() {
        return ready;
    }

    /** Announced once at start-up, after Axon runs and before the first request is served. */
    public record DeskStarted(DatabaseKind database, boolean demoMode) {
    }
}
