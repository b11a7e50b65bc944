package org.outsourcingdesk.exit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.command.EndContractCommand;
import org.outsourcingdesk.contracting.api.model.ContractEnding;
import org.outsourcingdesk.exit.api.event.ExitCompletedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.event.ExitPlanStartedEvent;
import org.outsourcingdesk.exit.api.event.NoticeServedEvent;
import org.outsourcingdesk.exit.api.event.RelationshipReviewOpenedEvent;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewOrigin;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.messaging.AuditMetadata;

/**
 * The policy that ends the contract when its exit completes: it sends {@code EndContractCommand} with
 * the ending the approved option named, the day the service ended and the exit, on the approver's behalf;
 * an exit with no approved ending sends nothing. Axon's recording command bus stands for the gateway's.
 */
class WhenExitCompletedThenEndContractTest {

    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final String CONTRACT = ENGAGEMENT.value() + "-round-7-contract";
    private static final String EXIT = CONTRACT + "-exit";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private RecordingCommandBus commandBus;
    private DefaultCommandGateway commands;
    private EventStore eventStore;
    private final List<Object> stored = new ArrayList<>();

    @BeforeEach
    void setUp() {
        commandBus = new RecordingCommandBus();
        commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        stored.clear();
    }

    private void store(Object... events) {
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>("ExitCase", EXIT, stored.size(), event));
            stored.add(event);
        }
    }

    private void exitDecided(ExitOption option) {
        store(new ExitPlanStartedEvent(ENGAGEMENT, EXIT, CONTRACT, "Bayside", null, null, "EUR", List.of(), "marc"),
                new RelationshipReviewOpenedEvent(ENGAGEMENT, EXIT, "review-1", ReviewOrigin.BY_HAND, "Costs rose", List.of(), "paula"),
                new ExitOptionProposedEvent(ENGAGEMENT, EXIT, "review-1", option, "Cheaper in-house", null, null, "paula"),
                new ExitOptionApprovedEvent(ENGAGEMENT, EXIT, "review-1", option, "Cheaper in-house", null, List.of(), "paula", "marc", null));
    }

    @Test
    void aCompletedExitEndsTheContractAsTheApprovedOptionSaid() {
        exitDecided(ExitOption.TERMINATE_FOR_CONVENIENCE);
        var completed = new ExitCompletedEvent(ENGAGEMENT, EXIT, ReturnPath.IN_HOUSE, TODAY, "paula", "marc");
        store(new NoticeServedEvent(ENGAGEMENT, EXIT, "review-1", ExitOption.TERMINATE_FOR_CONVENIENCE, TODAY.minusDays(60), TODAY, "paula"),
                completed);

        WhenExitCompletedThenEndContract.endContract(completed, commands, eventStore);

        assertThat(commandBus.getDispatchedCommands()).hasSize(1);
        var sent = commandBus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new EndContractCommand(CONTRACT, ContractEnding.TERMINATED_FOR_CONVENIENCE, TODAY, EXIT,
                "marc"));
        assertThat(sent.getMetaData()).containsEntry(AuditMetadata.ACTOR, "marc");
    }

    @Test
    void eachEndingOptionHasItsKindAndRenewingOrRenegotiatingEndsNothing() {
        assertThat(WhenExitCompletedThenEndContract.endingOf(ExitOption.TERMINATE_FOR_CAUSE)).isEqualTo(ContractEnding.TERMINATED_FOR_CAUSE);
        assertThat(WhenExitCompletedThenEndContract.endingOf(ExitOption.TERMINATE_FOR_CONVENIENCE))
                .isEqualTo(ContractEnding.TERMINATED_FOR_CONVENIENCE);
        assertThat(WhenExitCompletedThenEndContract.endingOf(ExitOption.LET_EXPIRE)).isEqualTo(ContractEnding.EXPIRED);
        assertThat(WhenExitCompletedThenEndContract.endingOf(ExitOption.RENEW)).isNull();
        assertThat(WhenExitCompletedThenEndContract.endingOf(ExitOption.RENEGOTIATE)).isNull();
    }

    @Test
    void anExitWithoutAnApprovedEndingSendsNothing() {
        exitDecided(ExitOption.RENEGOTIATE);
        var completed = new ExitCompletedEvent(ENGAGEMENT, EXIT, ReturnPath.IN_HOUSE, TODAY, "paula", "marc");

        WhenExitCompletedThenEndContract.endContract(completed, commands, eventStore);

        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }
}
