package org.outsourcingdesk.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.axon.DeskAxonConfiguration;

/** The audit metadata on the real command bus wiring, with an in-memory event store. */
class AuditMetadataTest {

    private final AtomicReference<Caller> caller = new AtomicReference<>();
    private Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureTransactionManager(c -> org.axonframework.common.transaction.NoTransactionManager.INSTANCE)
                .configureCorrelationDataProviders(c -> DeskAxonConfiguration.correlationDataProviders())
                .configureCommandBus(c -> DeskAxonConfiguration.commandBus(c, () -> Optional.ofNullable(caller.get())))
                .configureAggregate(Thing.class)
                .buildConfiguration();
        axon.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aCommandWithoutAnAuthenticatedUserIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new MakeThing("t-1")))
                .isInstanceOf(UnauthenticatedCommandException.class)
                .hasMessageContaining("MakeThing");
        assertThat(axon.eventStore().readEvents("t-1").asStream()).isEmpty();
    }

    @Test
    void aCommandThatBypassesDispatchWithoutAnActorIsRefusedBeforeTheAggregate() {
        // trusted code may pre-set metadata; a blank actor must still not reach the aggregate
        var command = GenericCommandMessage.asCommandMessage(new MakeThing("t-2")).withMetaData(MetaData.with(AuditMetadata.ACTOR, " "));
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(command))
                .isInstanceOf(UnauthenticatedCommandException.class);
        assertThat(axon.eventStore().readEvents("t-2").asStream()).isEmpty();
    }

    @Test
    void eventsCarryWhoActedInWhichRolesAndTheRequestAndCausation() {
        caller.set(new Caller("paula", List.of("PROCUREMENT")));
        var request = new RequestContext("req-42", "corr-7");
        try (var scope = request.open()) {
            axon.commandGateway().sendAndWait(new MakeThing("t-3"));
        }
        DomainEventMessage<?> event = axon.eventStore().readEvents("t-3").next();
        MetaData meta = event.getMetaData();
        assertThat(meta.get(AuditMetadata.ACTOR)).isEqualTo("paula");
        assertThat(meta.get(AuditMetadata.ROLES)).isEqualTo(List.of("PROCUREMENT"));
        assertThat(meta.get(AuditMetadata.REQUEST_ID)).isEqualTo("req-42");
        assertThat(meta.get(AuditMetadata.CORRELATION_ID)).isEqualTo("corr-7");
        assertThat((String) meta.get(AuditMetadata.CAUSATION_ID))
                .as("the event was caused by the command, not by the request")
                .isNotBlank().isNotEqualTo("req-42");
    }

    @Test
    void metadataSetByTrustedServerCodeIsKept() {
        var command = GenericCommandMessage.asCommandMessage(new MakeThing("t-4"))
                .withMetaData(MetaData.with(AuditMetadata.ACTOR, "admin").and(AuditMetadata.ROLES, List.of("ADMIN")));
        axon.commandGateway().sendAndWait(command);
        var meta = axon.eventStore().readEvents("t-4").next().getMetaData();
        assertThat(meta.get(AuditMetadata.ACTOR)).isEqualTo("admin");
        assertThat(meta.get(AuditMetadata.CORRELATION_ID)).as("made up when there is no request").isNotNull();
    }

    @PermittedRoles({Role.PROCUREMENT, Role.ADMIN})
    record MakeThing(@TargetAggregateIdentifier String id) {
    }

    record MakeUndeclaredThing(@TargetAggregateIdentifier String id) {
    }

    @Test
    void aUserWithoutAPermittedRoleIsRefusedWhateverPathSentTheCommand() {
        caller.set(new Caller("audrey", List.of("AUDITOR")));
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new MakeThing("t-5")))
                .isInstanceOf(CommandNotPermittedException.class).hasMessageContaining("PROCUREMENT");
        assertThat(axon.eventStore().readEvents("t-5").asStream()).isEmpty();
    }

    @Test
    void aCommandThatDeclaresNoPermittedRolesIsRefused() {
        caller.set(new Caller("admin", List.of("ADMIN")));
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new MakeUndeclaredThing("t-6")))
                .isInstanceOf(CommandNotPermittedException.class).hasMessageContaining("declares no permitted roles");
    }

    record ThingMade(String id) {
    }

    static class Thing {
        @AggregateIdentifier
        private String id;

        Thing() {
        }

        @CommandHandler
        Thing(MakeThing command) {
            apply(new ThingMade(command.id()));
        }

        @CommandHandler
        Thing(MakeUndeclaredThing command) {
            apply(new ThingMade(command.id()));
        }

        @EventSourcingHandler
        void on(ThingMade event) {
            id = event.id();
        }
    }
}
