package org.outsourcingdesk.audit.application;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.audit.integrity.EventStoreRows;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * The streams an engagement's events are stored in, and how they interleaved. An engagement's life
 * spans several aggregates: its own stream (its assessment and the stages it moves through), one per
 * sourcing round (each approval to sourcing opens one, named after it), the contract drafted from each
 * round ({@code <round>-contract}), that contract's monitoring ({@code <contract>-monitoring}) and exit
 * ({@code <contract>-exit}), and the rounds a completed exit opens, one after the other. "As of" and the
 * dossier both find them here, and take their events in the order they were stored (as the history
 * numbers them).
 */
final class EngagementStreams {

    /** Rounds a completed exit may open, one after the other, that are looked for. */
    static final int EXIT_ROUNDS = 5;

    private final EngagementId id;
    private final List<? extends DomainEventMessage<?>> own;
    private final List<String> roundIds;
    private final Set<String> contractIds = new HashSet<>();
    private final Set<String> monitoringIds = new HashSet<>();
    private final Set<String> exitIds = new HashSet<>();

    /** From the engagement's own stream, already read (its approvals to sourcing name its rounds). */
    EngagementStreams(EngagementId id, List<? extends DomainEventMessage<?>> own) {
        this.id = id;
        this.own = List.copyOf(own);
        this.roundIds = roundIds(id, own);
        for (String round : roundIds) {
            String contract = ContractView.contractId(round);
            contractIds.add(contract);
            monitoringIds.add(MonitoringView.monitoringId(contract));
            exitIds.add(ExitView.exitId(contract));
        }
    }

    /** Reads the engagement's own stream from the store. */
    static EngagementStreams read(EventStore events, EngagementId id) {
        return new EngagementStreams(id, events.readEvents(id.value()).asStream().toList());
    }

    /** The engagement's own events, in their order. */
    List<? extends DomainEventMessage<?>> own() {
        return own;
    }

    /**
     * The engagement's sourcing rounds: one for each approval to sourcing (the round that approval
     * opened), and after each the rounds its contract's exits opened, if they did (those with no event
     * simply have none in the store).
     */
    static List<String> roundIds(EngagementId id, List<? extends DomainEventMessage<?>> own) {
        var rounds = new ArrayList<String>();
        for (DomainEventMessage<?> message : own) {
            if (message.getPayload() instanceof AssessmentDecisionApprovedEvent approved && approved.nextStage() == Stage.SOURCING) {
                String round = SourcingRoundView.roundId(id, message.getSequenceNumber());
                for (int i = 0; i <= EXIT_ROUNDS; i++) {
                    rounds.add(round);
                    round = ExitView.newRoundId(ExitView.exitId(ContractView.contractId(round)));
                }
            }
        }
        return rounds;
    }

    /**
     * Every stream that may hold the engagement's events: its own first, then for each of its sourcing
     * rounds the round's, its contract's, and that contract's monitoring's and exit's.
     */
    List<String> candidates() {
        var ids = new ArrayList<String>();
        ids.add(id.value());
        for (String roundId : roundIds) {
            String contractId = ContractView.contractId(roundId);
            ids.add(roundId);
            ids.add(contractId);
            ids.add(MonitoringView.monitoringId(contractId));
            ids.add(ExitView.exitId(contractId));
        }
        return ids;
    }

    /**
     * The stage a stream of the engagement records: its own stream the assessment (and its moves from
     * stage to stage), a round sourcing, a contract contracting, then monitoring and exit.
     */
    Stage stageOf(String aggregateIdentifier) {
        if (aggregateIdentifier.equals(id.value())) {
            return Stage.ASSESSMENT;
        } else if (exitIds.contains(aggregateIdentifier)) {
            return Stage.EXIT;
        } else if (monitoringIds.contains(aggregateIdentifier)) {
            return Stage.MONITORING;
        } else if (contractIds.contains(aggregateIdentifier)) {
            return Stage.CONTRACTING;
        }
        return Stage.SOURCING;
    }

    /** The stream of each of the engagement's events, in the order they were stored (one indexed query). */
    List<String> order(DataSource dataSource) {
        var ids = candidates();
        if (ids.size() == 1) {
            return own.stream().map(m -> id.value()).toList();
        }
        try (var connection = dataSource.getConnection()) {
            return EventStoreRows.aggregatesInOrder(connection, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the order of engagement " + id.value() + "'s events", e);
        }
    }

    /**
     * Every event of the engagement, in the order they were stored: the order is read first, then each
     * stream as far as it is needed. Events stored after the order was read are not part of it.
     */
    Iterator<DomainEventMessage<?>> inStoredOrder(EventStore events, DataSource dataSource) {
        return merge(order(dataSource), stream -> stream.equals(id.value()) ? own.iterator() : events.readEvents(stream));
    }

    /** The events of each stream taken one after the other as {@code order} names their streams. */
    static Iterator<DomainEventMessage<?>> merge(List<String> order,
                                                 java.util.function.Function<String, Iterator<? extends DomainEventMessage<?>>> streams) {
        return new Iterator<>() {
            private final Map<String, Iterator<? extends DomainEventMessage<?>>> open = new HashMap<>();
            private final Iterator<String> next = order.iterator();
            private DomainEventMessage<?> ahead;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (ahead == null && !ended) {
                    if (!next.hasNext()) {
                        ended = true;
                    } else {
                        var stream = open.computeIfAbsent(next.next(), streams);
                        if (stream.hasNext()) {
                            ahead = stream.next();
                        } else {
                            ended = true; // the order and the streams disagree: stop where they still agree
                        }
                    }
                }
                return ahead != null;
            }

            @Override
            public DomainEventMessage<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var message = ahead;
                ahead = null;
                return message;
            }
        };
    }
}
