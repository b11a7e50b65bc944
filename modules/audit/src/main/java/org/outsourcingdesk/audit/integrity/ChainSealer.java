package org.outsourcingdesk.audit.integrity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;

/**
 * Seals the event store after the fact: every second it extends the hash chain over the events
 * committed since, in the global order, and now and then signs the chain's head in a checkpoint.
 * Appends never wait for it (ADR 0008). A position the sequence handed to a transaction that rolled
 * back is sealed as empty once a later event is older than the gap timeout
 * ({@code desk.audit.gap-timeout-seconds}, default {@link #GAP_TIMEOUT}); until then the
 * sealer waits for it, as Axon's processors do. Several nodes may run it at once: the link's key
 * lets one of them through and the others try again.
 */
@ApplicationScoped
public class ChainSealer {

    /** How long after a later event an empty position is sealed as empty, unless configured. */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(ChainSealer.class.getName());

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    IntegrityKeys key;
    @Inject
    @ConfigProperty(name = "desk.audit.gap-timeout-seconds", defaultValue = "60")
    long gapTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "desk.audit.checkpoint-seconds", defaultValue = "30")
    long checkpointSeconds;

    @Inject
    @ConfigProperty(name = "desk.data.dir", defaultValue = "data")
    String dataDir;

    Clock clock = Clock.systemUTC();
    private SealerMemory memory;
    private volatile ChainSealing sealing;
    private volatile String alarm;
    private ScheduledFuture<?> schedule;

    void start(@Observes DeskStarted started) {
        memory = new SealerMemory(java.nio.file.Path.of(dataDir, "audit-sealer.state"));
        schedule = scheduler.scheduleWithFixedDelay(this::sealQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Why the sealer stopped, or null while it seals. */
    public String alarm() {
        return alarm;
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void sealQuietly() {
        try {
            while (seal() == ChainSealing.BATCH) {
                // catching up: seal the next batch at once
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                LOG.fine("another node sealed the same positions; trying again next time");
            } else {
                LOG.log(Level.WARNING, "could not seal the event store; trying again in a second", e);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not seal the event store; trying again in a second", e);
        }
    }

    /** Seals what is committed and due, signs a checkpoint if one is due; answers how many positions it sealed. */
    public int seal() throws SQLException {
        if (sealing == null) {
            sealing = new ChainSealing(key.eventMac(), key.privateKey(), key.publicKey(),
                    Duration.ofSeconds(gapTimeoutSeconds), Duration.ofSeconds(checkpointSeconds), clock);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                var round = sealing.seal(connection, memory.load());
                connection.commit();
                memory.save(round.known());
                alarm = null;
                return round.sealed();
            } catch (ChainSealing.ChainTampered tampered) {
                connection.rollback();
                if (!tampered.getMessage().equals(alarm)) {
                    LOG.severe("The sealer stopped: " + tampered.getMessage()
                            + ". Nothing is sealed or signed until this is explained; run a verification.");
                }
                alarm = tampered.getMessage();
                return 0;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
