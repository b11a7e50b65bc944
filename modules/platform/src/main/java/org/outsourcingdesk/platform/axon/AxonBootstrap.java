package org.outsourcingdesk.platform.axon;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.outsourcingdesk.platform.integrity.EventAuthentication;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.axonframework.queryhandling.QueryGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.outsourcingdesk.platform.messaging.CallerProvider;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Starts Axon inside the container and hands its gateways to CDI. Started once by
 * {@link PlatformStartup} after the schema is migrated; until then there is no configuration and
 * the start-up gate keeps requests out.
 */
@ApplicationScoped
public class AxonBootstrap {

    private static final Logger LOG = Logger.getLogger(AxonBootstrap.class.getName());
    private static final String UPDATE_CHECKER_OFF = "axoniq.update-checker.disabled";

    @Resource
    UserTransaction userTransaction;
    @Resource
    TransactionSynchronizationRegistry transactionRegistry;
    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    ContainerEntityManagerProvider entityManagers;
    @Inject
    CallerProvider callers;
    @Inject
    Instance<DeskModule> modules;

    @Inject
    @ConfigProperty(name = "desk.axon.processor-batch-size", defaultValue = "200")
    int processorBatchSize;
    @Inject
    @ConfigProperty(name = "desk.axon.node-id")
    java.util.Optional<String> nodeId;

    private volatile Configuration configuration;
    @Inject
    IntegrityKeys integrityKeys;

    public void start() {
        if (configuration != null) {
            return;
        }
        // Axon would otherwise call home over HTTP at start-up; whatever runs the WAR, it does not.
        if (System.getProperty(UPDATE_CHECKER_OFF) == null) {
            System.setProperty(UPDATE_CHECKER_OFF, "true");
        }
        List<DeskModule> ordered = modules.stream().sorted(Comparator.comparing(DeskModule::name)).toList();
        var settings = AxonSettings.defaults(nodeId.filter(n -> !n.isBlank()).orElseGet(AxonBootstrap::hostName))
                .withProcessorBatchSize(processorBatchSize);
        var configurer = DeskAxonConfiguration.create(entityManagers,
                new JtaTransactionManager(userTransaction, transactionRegistry), threadFactory,
                DeskObjectMapper.create(), callers, settings, ordered);
        var started = configurer.buildConfiguration();
        // every event stored from now on carries its authentication code (ADR 0008)
        started.eventBus().registerDispatchInterceptor(new EventAuthentication(integrityKeys.eventMac(), started.eventSerializer()));
        started.start();
        configuration = started;
        LOG.info(() -> "Axon started on node " + settings.nodeId() + " with modules "
                + ordered.stream().map(DeskModule::name).toList());
    }

    public boolean isStarted() {
        return configuration != null;
    }

    @PreDestroy
    void stop() {
        if (configuration != null) {
            configuration.shutdown();
            configuration = null;
        }
    }

    private Configuration configuration() {
        var current = configuration;
        if (current == null) {
            throw new IllegalStateException("Axon is not started yet");
        }
        return current;
    }

    @Produces
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    QueryGateway queryGateway() {
        return configuration().queryGateway();
    }

    /** The tracking processors by name, for rebuilding read models. */
    public java.util.Map<String, org.axonframework.eventhandling.TrackingEventProcessor> trackingProcessors() {
        var processors = new java.util.TreeMap<String, org.axonframework.eventhandling.TrackingEventProcessor>();
        configuration().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof org.axonframework.eventhandling.TrackingEventProcessor tracking) {
                processors.put(name, tracking);
            }
        });
        return processors;
    }

    /** Every module's read models: processing group to tables. */
    public java.util.Map<String, List<String>> readModels() {
        var all = new java.util.TreeMap<String, List<String>>();
        modules.forEach(m -> all.putAll(m.readModels()));
        return all;
    }

    /** Every module's policies: processing groups that a rebuild never replays. */
    public java.util.Set<String> policies() {
        var all = new java.util.TreeSet<String>();
        modules.forEach(m -> all.addAll(m.policies()));
        return all;
    }

    /** The event store, for reading an aggregate's events as they are (upcast to today's shapes): the auditors' "as of". */
    @Produces
    org.axonframework.eventsourcing.eventstore.EventStore eventStore() {
        return configuration().eventStore();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "node-" + ProcessHandle.current().pid();
        }
    }
}
