package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementFolds;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.api.query.AsOfChange;
import org.outsourcingdesk.audit.api.query.AsOfView;
import org.outsourcingdesk.contracting.api.query.ContractFolds;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.query.ExitFolds;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.monitoring.api.query.MonitoringFolds;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * An engagement as it stood at any past moment: its events read from the event store (never from
 * the read tables), up to that moment, folded with {@link EngagementFolds}, {@link RoundFolds} and
 * {@link ContractFolds}, {@link MonitoringFolds} and {@link ExitFolds}, the functions the live views are written with. Its
 * events are those of the engagement's own stream, of its sourcing rounds' streams, of the contracts
 * drafted from them and of those contracts' monitoring and exit (and the rounds an exit opened),
 * taken in the order they were stored (as the history numbers them), as {@link EngagementStreams} finds them.
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
        var streams = EngagementStreams.read(events, id);
        Iterator<DomainEventMessage<?>> messages = streams.inStoredOrder(events, dataSource);
        while (applied < upToSequence && messages.hasNext()) {
            DomainEventMessage<?> message = messages.next();
            if (moment != null && message.getTimestamp().isAfter(moment)) {
                break;
            }
            String aggregate = message.getAggregateIdentifier();
            Object payload = message.getPayload();
            Instant at = message.getTimestamp();
            switch (streams.stageOf(aggregate)) {
                case ASSESSMENT -> {
                    engagement = EngagementFolds.engagement(engagement, payload, at);
                    assessment = EngagementFolds.assessment(assessment, payload, at);
                }
                case EXIT -> {
                    var exit = ExitFolds.exit(exits.get(aggregate), payload, at);
                    if (exit != null) {
                        exits.put(aggregate, exit);
                    }
                }
                case MONITORING -> {
                    var monitoring = MonitoringFolds.monitoring(monitorings.get(aggregate), payload, at);
                    if (monitoring != null) {
                        monitorings.put(aggregate, monitoring);
                    }
                }
                case CONTRACTING -> {
                    var contract = ContractFolds.contract(contracts.get(aggregate), payload, at);
                    if (contract != null) {
                        contracts.put(aggregate, contract);
                    }
                }
                default -> {
                    var round = RoundFolds.round(rounds.get(aggregate), payload, at);
                    if (round != null) {
                        rounds.put(aggregate, round);
                    }
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

    /** What differs between two moments, field by field, in the order of the fields. */
    public static List<AsOfChange> changes(AsOfView from, AsOfView to) {
        var changes = new ArrayList<AsOfChange>();
        compare("engagement", JSON.valueToTree(from.engagement()), JSON.valueToTree(to.engagement()), changes);
        compare("assessment", JSON.valueToTree(from.assessment()), JSON.valueToTree(to.assessment()), changes);
        compare("sourcing", JSON.valueToTree(from.sourcing()), JSON.valueToTree(to.sourcing()), changes);
        compare("contract", JSON.valueToTree(from.contract()), JSON.valueToTree(to.contract()), changes);
        compare("monitoring", JSON.valueToTree(from.monitoring()), JSON.valueToTree(to.monitoring()), changes);
        compare("exit", JSON.valueToTree(from.exit()), JSON.valueToTree(to.exit()), changes);
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
