package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Who took part in each decision of an engagement, in which role, and which proposal an answer
 * answers. Events name people by user name in their payload ({@code proposedBy}, {@code approvedBy},
 * ...); the roles are those each person acted in: the event's own (from its metadata) for its actor,
 * the proposal's for its proposer, otherwise the roles the person last acted in before it.
 * <p>
 * A <em>proposal</em> names a {@code proposedBy} or {@code submittedBy} and nobody who answered it; an
 * <em>answer</em> names who approved, rejected, reviewed it or sent it back. An answer answers the
 * proposal open in its own stream (for the same version, review or vendor when both name one); an
 * approval, a rejection or a request for changes closes it, a legal review does not. A pure function
 * of the events in the order they were stored; the dossier and the history both tell decisions with it.
 */
final class DecisionParties {

    private static final ObjectMapper JSON = DeskObjectMapper.create();

    /** The payload fields that name a person, with what that person did, in the order a decision is told. */
    static final Map<String, String> WHO = whoFields();
    private static final List<String> PROPOSING = List.of("proposedBy", "submittedBy");
    private static final List<String> ANSWERING = List.of("approvedBy", "rejectedBy", "reviewedBy", "requestedBy");
    private static final List<String> CLOSING = List.of("approvedBy", "rejectedBy", "requestedBy");
    /** Fields that tell proposals in one stream apart: an answer naming one answers only a proposal naming the same. */
    private static final List<String> KEYS = List.of("version", "reviewId", "vendorId");

    /** A person named by a decision: what they did ("approved by"), who, and in which roles (names of {@code Role}s). */
    record Party(String did, String username, List<String> roles) {
    }

    /** The proposal an answer answers: what was done ("proposed by"), by whom, in which roles; and its event, when found. */
    record Proposal(String did, String username, List<String> roles, Event event) {
    }

    /**
     * Everyone a decision names, in the order a decision is told (with the author of the proposal it
     * answers, even when its payload does not name them), and the proposal it answers (or null).
     */
    record Parties(List<Party> named, Proposal proposal) {
        static final Parties NONE = new Parties(List.of(), null);
    }

    private DecisionParties() {
    }

    /** The parties of every decision among the events (in the order they were stored), by event id. */
    static Map<String, Parties> of(List<Event> events) {
        var rolesSeen = new HashMap<String, List<String>>(); // the roles each person last acted in, as the events go
        var open = new HashMap<String, Proposal>(); // the proposal open in each stream
        var parties = new HashMap<String, Parties>();
        for (Event event : events) {
            if (event.decision()) {
                parties.put(event.eventId(), parties(event, JSON.valueToTree(event.payload()), rolesSeen, open));
            }
            if (event.actor() != null && event.roles() != null && !event.roles().isEmpty()) {
                rolesSeen.put(event.actor(), event.roles());
            }
        }
        return parties;
    }

    private static Parties parties(Event event, JsonNode payload, Map<String, List<String>> rolesSeen, Map<String, Proposal> open) {
        boolean answer = ANSWERING.stream().anyMatch(field -> named(payload, field) != null);
        Proposal proposal = answer ? answered(event, payload, open.get(event.stream()), rolesSeen) : null;
        if (answer) {
            if (CLOSING.stream().anyMatch(field -> named(payload, field) != null)) {
                open.remove(event.stream());
            }
        } else {
            for (String field : PROPOSING) {
                String proposer = named(payload, field);
                if (proposer != null) {
                    open.put(event.stream(), new Proposal(WHO.get(field), proposer, roles(proposer, event, null, rolesSeen), event));
                    break;
                }
            }
        }
        var named = new ArrayList<Party>();
        for (var who : WHO.entrySet()) {
            String name = named(payload, who.getKey());
            if (name != null) {
                named.add(new Party(who.getValue(), name, roles(name, event, proposal, rolesSeen)));
            }
        }
        if (proposal != null && named.stream().noneMatch(party -> party.did().equals(proposal.did()))) {
            named.add(0, new Party(proposal.did(), proposal.username(), proposal.roles())); // a contract's approval names no submitter
        }
        return new Parties(named, proposal);
    }

    /** The open proposal when the answer answers it; else, when the answer names its proposer, that person alone. */
    private static Proposal answered(Event event, JsonNode payload, Proposal open, Map<String, List<String>> rolesSeen) {
        String proposer = named(payload, "proposedBy");
        if (open != null && (proposer == null || proposer.equals(open.username())) && sameKeys(payload, open.event())) {
            return open;
        }
        return proposer == null ? null : new Proposal(WHO.get("proposedBy"), proposer, roles(proposer, event, null, rolesSeen), null);
    }

    private static boolean sameKeys(JsonNode answer, Event proposal) {
        JsonNode proposed = JSON.valueToTree(proposal.payload());
        for (String key : KEYS) {
            JsonNode a = answer.get(key);
            JsonNode p = proposed.get(key);
            if (a != null && !a.isNull() && p != null && !p.isNull() && !a.asText().equals(p.asText())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> roles(String name, Event event, Proposal proposal, Map<String, List<String>> rolesSeen) {
        if (name.equals(event.actor()) && event.roles() != null && !event.roles().isEmpty()) {
            return event.roles();
        }
        if (proposal != null && name.equals(proposal.username())) {
            return proposal.roles();
        }
        return rolesSeen.getOrDefault(name, List.of());
    }

    private static String named(JsonNode payload, String field) {
        String name = payload.path(field).asText(null);
        return name == null || name.isBlank() ? null : name;
    }

    private static Map<String, String> whoFields() {
        var who = new LinkedHashMap<String, String>();
        who.put("openedBy", "opened by");
        who.put("proposedBy", "proposed by");
        who.put("submittedBy", "submitted by");
        who.put("reviewedBy", "passed in legal review by");
        who.put("requestedBy", "sent back by");
        who.put("amendedBy", "amended by");
        who.put("servedBy", "served by");
        who.put("waivedBy", "waived by");
        who.put("completedBy", "completed by");
        who.put("approvedBy", "approved by");
        who.put("rejectedBy", "rejected by");
        who.put("endedBy", "ended by");
        who.put("reopenedBy", "reopened by");
        who.put("closedBy", "closed by");
        return java.util.Collections.unmodifiableMap(who);
    }
}
