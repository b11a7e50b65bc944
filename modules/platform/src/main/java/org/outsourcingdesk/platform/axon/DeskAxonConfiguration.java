package org.outsourcingdesk.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.outsourcingdesk.platform.messaging.AuditCorrelationDataProvider;
import org.outsourcingdesk.platform.messaging.AuditMetadataDispatchInterceptor;
import org.outsourcingdesk.platform.messaging.AuthenticatedCommandsOnly;
import org.outsourcingdesk.platform.messaging.CallerProvider;

/**
 * Builds the Axon configuration from plain parts, with no container in sight, so that the
 * application server and the benchmark run exactly the same wiring. {@link AxonBootstrap} supplies
 * the container's parts (JTA, the managed entity manager, managed threads).
 */
public final class DeskAxonConfiguration {

    private DeskAxonConfiguration() {
    }

    public static Configurer create(EntityManagerProvider entityManagers,
                                    TransactionManager transactions,
                                    ThreadFactory processorThreads,
                                    ObjectMapper objectMapper,
                                    CallerProvider callers,
                                    AxonSettings settings,
                                    List<? extends DeskModule> modules) {
        var serializer = JacksonSerializer.builder().objectMapper(objectMapper).lenientDeserialization().build();
        Configurer configurer = DefaultConfigurer.jpaConfiguration(entityManagers, transactions)
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .registerComponent(PersistenceExceptionResolver.class, c -> new SQLStateResolver())
                .configureCorrelationDataProviders(c -> correlationDataProviders())
                .configureEmbeddedEventStore(c -> JpaEventStorageEngine.builder()
                            .entityManagerProvider(entityManagers)
                            .transactionManager(transactions)
                            .snapshotSerializer(serializer)
                            .eventSerializer(serializer)
                            // the modules' upcasters (DeskModule#upcasters) read older revisions as today's
                            .upcasterChain(c.upcasterChain())
                            .persistenceExceptionResolver(c.getComponent(PersistenceExceptionResolver.class))
                            .batchSize(settings.storageBatchSize())
                            .gapTimeout((int) settings.gapTimeout().toMillis())
                            .build())
                .configureCommandBus(c -> commandBus(c, callers));
        configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                // a projection that fails must stop and retry, never skip the event and move its token on
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTokenStore(c -> JpaTokenStore.builder()
                        .entityManagerProvider(entityManagers)
                        .serializer(serializer)
                        .claimTimeout(settings.tokenClaimTimeout())
                        .nodeId(settings.nodeId())
                        .build())
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(settings.processorBatchSize())
                        .andThreadFactory(name -> processorThreads)));
        modules.forEach(module -> module.configure(configurer));
        modules.forEach(module -> module.upcasters().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster)));
        return configurer;
    }

    /** Every message carries on who caused it, in which request and conversation ({@link AuditCorrelationDataProvider}). */
    public static List<CorrelationDataProvider> correlationDataProviders() {
        return List.of(new AuditCorrelationDataProvider());
    }

    /**
     * The command bus: audit metadata stamped on dispatch, commands without a user refused before any
     * handler, the command's origin carried on to the events it causes.
     */
    public static SimpleCommandBus commandBus(org.axonframework.config.Configuration c, CallerProvider callers) {
        var bus = SimpleCommandBus.builder()
                .transactionManager(c.getComponent(TransactionManager.class))
                .messageMonitor(c.messageMonitor(SimpleCommandBus.class, "commandBus"))
                .build();
        bus.registerDispatchInterceptor(new AuditMetadataDispatchInterceptor(callers));
        bus.registerHandlerInterceptor(new AuthenticatedCommandsOnly());
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(c.correlationDataProviders()));
        return bus;
    }
}
