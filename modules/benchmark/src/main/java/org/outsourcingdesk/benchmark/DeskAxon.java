package org.outsourcingdesk.benchmark;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.outsourcingdesk.assessment.AssessmentModule;
import org.outsourcingdesk.assessment.infrastructure.EngagementListProjection;
import org.outsourcingdesk.platform.axon.AxonSettings;
import org.outsourcingdesk.platform.axon.DeskAxonConfiguration;
import org.outsourcingdesk.platform.axon.DeskModule;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The application's Axon, started the way {@code AxonBootstrap} starts it in the server, with plain
 * parts in place of the container's: {@link ThreadBoundJpa} for JTA and the managed entity manager,
 * plain daemon threads for the managed thread factory, no caller (commands carry their own), and
 * the assessment module wired through its CDI-free entry point.
 * <p>
 * One deliberate difference: the engagement list's tracking processor is registered but does not
 * start with the configuration. The command phase then measures the command path alone, and the
 * replay phase starts the processor itself, on an empty token store, and times it.
 */
final class DeskAxon implements AutoCloseable {

    static final String PROCESSOR = EngagementListProjection.PROCESSING_GROUP;

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadBoundJpa jpa;
    private final AxonSettings settings;
    private final Configuration configuration;

    private DeskAxon(EntityManagerFactory entityManagerFactory, ThreadBoundJpa jpa, AxonSettings settings,
                     Configuration configuration) {
        this.entityManagerFactory = entityManagerFactory;
        this.jpa = jpa;
        this.settings = settings;
        this.configuration = configuration;
    }

    static DeskAxon start(ScratchDatabase database, int maxClients) {
        // EclipseLink's own pools stand in for Payara's JDBC pool. Both are fixed in size (initial =
        // min = max): EclipseLink closes a connection released above its pool's minimum, and opening
        // one per command collapsed 16 clients to about 130 commands/s. The write pool holds each
        // client's transaction; the read pool serves what EclipseLink runs outside one, such as the
        // nextval of the global index. A few spare connections serve the processor and the top-up.
        String poolSize = Integer.toString(maxClients + 4);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("desk-benchmark", Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "eclipselink.connection-pool.default.initial", poolSize,
                "eclipselink.connection-pool.default.min", poolSize,
                "eclipselink.connection-pool.default.max", poolSize,
                "eclipselink.connection-pool.read.initial", poolSize,
                "eclipselink.connection-pool.read.min", poolSize,
                "eclipselink.connection-pool.read.max", poolSize));
        var jpa = new ThreadBoundJpa(factory);
        var settings = AxonSettings.defaults("benchmark-" + ProcessHandle.current().pid());
        ThreadFactory processorThreads = daemonThreads("bench-processor-");
        DeskModule assessment = new DeskModule() {
            @Override
            public String name() {
                return "assessment";
            }

            @Override
            public void configure(Configurer configurer) {
                AssessmentModule.configure(configurer, new EngagementListProjection(jpa));
                // The platform's defaults for every tracking processor, plus: wait for an explicit start.
                configurer.eventProcessing(processing -> processing.registerTrackingEventProcessorConfiguration(
                        PROCESSOR, c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(settings.processorBatchSize())
                                .andThreadFactory(name -> processorThreads)
                                .andAutoStart(false)));
            }
        };
        Configuration configuration = DeskAxonConfiguration.create(jpa, jpa, processorThreads, DeskObjectMapper.create(),
                Optional::empty, settings, List.of(assessment)).buildConfiguration();
        configuration.start();
        return new DeskAxon(factory, jpa, settings, configuration);
    }

    CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    EventStore eventStore() {
        return configuration.eventStore();
    }

    Serializer eventSerializer() {
        return configuration.eventSerializer();
    }

    ThreadBoundJpa transactions() {
        return jpa;
    }

    AxonSettings settings() {
        return settings;
    }

    TrackingEventProcessor engagementListProcessor() {
        return configuration.eventProcessingConfiguration()
                .eventProcessor(PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + PROCESSOR + " registered"));
    }

    @Override
    public void close() {
        try {
            configuration.shutdown();
        } finally {
            jpa.close();
            entityManagerFactory.close();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
