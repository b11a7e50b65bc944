package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementFolds;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.api.query.AsOfChange;
import org.outsourcingdesk.audit.api.query.AsOfView;
import org.outsourcingdesk.audit.integrity.EventStoreRows;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.query.ExitFolds;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.monitoring.api.query.MonitoringFolds;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * An engagement as it stood at any past moment: its events read from the event store (never from
 * the read tables), up to that moment, folded with {@link EngagementFolds}, {@link RoundFolds} and
 * {@link ContractFolds}, {@link MonitoringFolds} and {@link ExitFolds}, the functions the live views are written with. Its
 * events are those of the engagement's own stream, of its sourcing rounds' streams, of the contracts
 * drafted from them and of those contracts' monitoring and exit (and the rounds an exit opened),
 * taken in the order they were stored (as the history numbers them).
 * And what changed between two moments.
 */
@ApplicationScoped
public class AsOf {

    /** More differences than this are cut, with a note: two moments far apart differ in every figure. */
    public static final int MAX_CHANGES = 500;
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    @Inject
    EventStore events;
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;

    protected AsOf() {
        // for CDI
    }

    /** Outside the container (the benchmark). */
    public AsOf(EventStore events, DataSource dataSource) {
        this.events = events;
        this.dataSource = dataSource;
    }

    /** The engagement as of a moment (inclusive). */
    public AsOfView at(EngagementId id, Instant moment) {
        return fold(id, moment, Long.MAX_VALUE);
    }

    /** The engagement right after its {@code sequence}-th event (from 1, as the history numbers them). */
    public AsOfView afterEvent(EngagementId id, long sequence) {
        return fold(id, null, sequence);
    }

    private AsOfView fold(EngagementId id, Instant moment, long upToSequence) {
        EngagementView engagement = null;
        AssessmentView assessment = null;
        var rounds = new HashMap<String, SourcingRoundView>();
        var contracts = new HashMap<String, ContractView>();
        var monitorings = new HashMap<String, MonitoringView>();
        var exits = new HashMap<String, ExitView>();
        long applied = 0;
        String last = null;
        Instant lastAt = null;
        List<? extends DomainEventMessage<?>> own = events.readEvents(id.value()).asStream().toList();
        var contractIds = new java.util.HashSet<String>();
        roundIds(id, own).forEach(round -> contractIds.add(ContractView.contractId(round)));
        var monitoringIds = contractIds.stream().map(MonitoringView::monitoringId).collect(java.util.stream.Collectors.toSet());
        var exitIds = contractIds.stream().map(ExitView::exitId).collect(java.util.stream.Collectors.toSet());
        var streams = new HashMap<String, Iterator<? extends DomainEventMessage<?>>>();
        streams.put(id.value(), own.iterator());
        for (String aggregate : streamOrder(id, own)) {
            if (applied >= upToSequence) {
                break;
            }
            var stream = streams.computeIfAbsent(aggregate, other -> events.readEvents(other));
            if (!stream.hasNext()) {
                break; // stored after the order was read: not part of this moment
            }
            DomainEventMessage<?> message = stream.next();
            if (moment != null && message.getTimestamp().isAfter(moment)) {
                break;
            }
            Object payload = message.getPayload();
            Instant at = message.getTimestamp();
            if (aggregate.equals(id.value())) {
                engagement = EngagementFolds.engagement(engagement, payload, at);
                assessment = EngagementFolds.assessment(assessment, payload, at);
            } else if (exitIds.contains(aggregate)) {
                var exit = ExitFolds.exit(exits.get(aggregate), payload, at);
                if (exit != null) {
                    exits.put(aggregate, exit);
                }
            } else if (monitoringIds.contains(aggregate)) {
                var monitoring = MonitoringFolds.monitoring(monitorings.get(aggregate), payload, at);
                if (monitoring != null) {
                    monitorings.put(aggregate, monitoring);
                }
            } else if (contractIds.contains(aggregate)) {
                var contract = ContractFolds.contract(contracts.get(aggregate), payload, at);
                if (contract != null) {
                    contracts.put(aggregate, contract);
                }
            } else {
                var round = RoundFolds.round(rounds.get(aggregate), payload, at);
                if (round != null) {
                    rounds.put(aggregate, round);
                }
            }
            applied++;
            last = payload instanceof EngagementEvent e ? e.summary() : payload.getClass().getSimpleName();
            lastAt = at;
        }
        // the latest round, as the live sourcing page shows it
        var sourcing = rounds.values().stream().max(Comparator.comparingInt(SourcingRoundView::number)).orElse(null);
        // the latest contract, as the live contract page shows it
        var contract = contracts.values().stream().max(Comparator.comparing(ContractView::draftedAt)).orElse(null);
        var monitoring = contract == null ? null : monitorings.get(MonitoringView.monitoringId(contract.contractId()));
        var exit = contract == null ? null : exits.get(ExitView.exitId(contract.contractId()));
        return new AsOfView(id.value(), moment != null ? moment : lastAt, applied, last, lastAt, engagement, assessment,
                sourcing, contract, monitoring, exit);
    }

    /** Rounds a completed exit may open, one after the other, that an "as of" looks for. */
    private static final int EXIT_ROUNDS = 5;

    /**
     * The engagement's sourcing rounds: one for each approval to sourcing (the round that approval
     * opened), and after each the rounds its contract's exits opened, if they did (those with no event
     * simply have none in the store).
     */
    private static List<String> roundIds(EngagementId id, List<? extends DomainEventMessage<?>> own) {
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
     * The stream of each of the engagement's events, in the order they were stored. Its streams are its
     * own, and for each of its sourcing rounds the round's, its contract's, and that contract's
     * monitoring's and exit's.
     */
    private List<String> streamOrder(EngagementId id, List<? extends DomainEventMessage<?>> own) {
        var ids = new ArrayList<String>();
        ids.add(id.value());
        for (String roundId : roundIds(id, own)) {
            String contractId = ContractView.contractId(roundId);
            ids.add(roundId);
            ids.add(contractId);
            ids.add(MonitoringView.monitoringId(contractId));
            ids.add(ExitView.exitId(contractId));
        }
        if (ids.size() == 1) {
            return own.stream().map(m -> id.value()).toList();
        }
        try (var connection = dataSource.getConnection()) {
            return EventStoreRows.aggregatesInOrder(connection, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the order of engagement " + id.value() + "'s events", e);
        }
    }

    /** What differs between two moments, field by field, in the order of the fields. */
    public static List<AsOfChange> changes(AsOfView from, AsOfView to) {
        var changes = new ArrayList<AsOfChange>();
        compare("engagement", JSON.valueToTree(from.engagement()), JSON.valueToTree(to.engagement()), changes);
        compare("assessment", JSON.valueToTree(from.assessment()), JSON.valueToTree(to.assessment()), changes);
        compare("sourcing", JSON.valueToTree(from.sourcing()), JSON.valueToTree(to.sourcing()), changes);
        compare("contract", JSON.valueToTree(from.contract()), JSON.valueToTree(to.contract()), changes);
        return changes.size() > MAX_CHANGES ? changes.subList(0, MAX_CHANGES) : changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<AsOfChange> changes) {
        if (changes.size() > MAX_CHANGES || java.util.Objects.equals(before, after)) {
            return;
        }
        // something recorded where there was nothing (or the reverse) is listed field by field
        if (absent(before) && after != null && (after.isObject() || after.isArray())) {
            before = after.isObject() ? JSON.createObjectNode() : JSON.createArrayNode();
        }
        if (absent(after) && before != null && (before.isObject() || before.isArray())) {
            after = before.isObject() ? JSON.createObjectNode() : JSON.createArrayNode();
        }
        boolean bothObjects = before != null && after != null && before.isObject() && after.isObject();
        boolean bothArrays = before != null && after != null && before.isArray() && after.isArray();
        if (bothObjects) {
            var names = new TreeSet<String>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            // plain fields first, then nested ones: a status change is listed before the details of a decision
            for (boolean nestedPass : new boolean[] {false, true}) {
                for (String name : names) {
                    boolean nested = isNested(before.get(name)) || isNested(after.get(name));
                    if (nested == nestedPass) {
                        compare(path + "." + name, before.get(name), after.get(name), changes);
                    }
                }
            }
        } else if (bothArrays) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), changes);
            }
        } else {
            changes.add(new AsOfChange(path, text(before), text(after)));
        }
    }

    private static boolean isNested(JsonNode node) {
        return node != null && (node.isObject() || node.isArray());
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.isTextual() ? node.asText() : node.toString();
    }
}
