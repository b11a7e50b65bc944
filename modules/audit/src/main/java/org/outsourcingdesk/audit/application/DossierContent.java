package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.kernel.DecisionEvent;
import org.outsourcingdesk.kernel.DescribedEvent;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.security.UserDirectory;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;

/**
 * What an engagement's dossier says, before any layout: a section per stream of the engagement (its
 * assessment, each sourcing round, each contract, its monitoring and its exit), in the order they
 * began, each with its decisions (who proposed, who decided, in which role, when, why, on which
 * figures) and the figures of the stage; and the timeline of every event. A pure function of the
 * events and of who the people named are, so that it is tested without a PDF.
 */
final class DossierContent {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = DeskObjectMapper.create();
    /** The payload fields whose text a decision is told with, after its summary. */
    private static final List<String> REASONS = List.of("rationale", "reason", "evidence");

    private DossierContent() {
    }

    /** How a line of text is set. */
    enum Style { BOLD, BODY, SMALL }

    /** A piece of a section: a line of text or a table. */
    sealed interface Block permits Text, Table {
    }

    record Text(String text, Style style) implements Block {
    }

    /** A table: its columns' proportions, its header and its rows (each as long as the header). */
    record Table(float[] widths, List<String> header, List<List<String>> rows) implements Block {
    }

    /** A part of the dossier under one heading. */
    record Section(String title, List<Block> blocks) {
    }

    /**
     * One of the engagement's events, as stored.
     *
     * @param sequence    its place in the engagement's history, from 1 (as the history numbers it)
     * @param globalIndex its position in the whole store (and in the chain)
     * @param stream      the aggregate whose stream holds it
     * @param actor       who caused it, from its metadata
     * @param roles       their roles then, from its metadata
     */
    record Event(long sequence, long globalIndex, String eventId, String stream, Stage stage, Instant occurredAt, String actor,
                 List<String> roles, Object payload) {
        boolean decision() {
            return payload instanceof DecisionEvent;
        }

        String type() {
            return payload.getClass().getSimpleName();
        }

        String summary() {
            return payload instanceof DescribedEvent described ? described.summary() : type();
        }
    }

    /** Who the people named in the events are: display names and roles from their accounts (either may be unknown). */
    record People(Map<String, String> displayNames, Map<String, List<String>> roles) {
        static final People UNKNOWN = new People(Map.of(), Map.of());

        /** The people the platform's accounts name. */
        static People of(java.util.Collection<UserDirectory.Person> accounts) {
            var names = new HashMap<String, String>();
            var roles = new HashMap<String, List<String>>();
            for (UserDirectory.Person person : accounts) {
                names.put(person.username(), person.displayName());
                roles.put(person.username(), person.roles());
            }
            return new People(names, roles);
        }

        /** The display name, or null when unknown or the same as the user name. */
        String displayName(String username) {
            String name = username == null ? null : displayNames.get(username);
            return name == null || name.isBlank() || name.equals(username) ? null : name;
        }

        /** "marc (Marc Approver, Approver)": the user name, then the display name and the roles, where known. */
        String describe(String username, List<String> actedAs) {
            if (username == null || username.isBlank()) {
                return "unknown";
            }
            List<String> known = actedAs == null || actedAs.isEmpty() ? roles.getOrDefault(username, List.of()) : actedAs;
            var about = new ArrayList<String>();
            if (displayName(username) != null) {
                about.add(displayName(username));
            }
            if (!known.isEmpty()) {
                about.add(String.join(" and ", known.stream().map(DossierContent::roleLabel).toList()));
            }
            return about.isEmpty() ? username : username + " (" + String.join(", ", about) + ")";
        }
    }

    /** The sections of the dossier, one per stream of the engagement, in the order they began. */
    static List<Section> sections(List<Event> events, People people) {
        var byStream = new LinkedHashMap<String, List<Event>>();
        for (Event event : events) {
            byStream.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(event);
        }
        var vendors = vendorsByContract(events);
        var parties = DecisionParties.of(events);
        var sections = new ArrayList<Section>();
        for (var stream : byStream.entrySet()) {
            List<Event> own = stream.getValue();
            var blocks = new ArrayList<Block>();
            var figures = new DossierFigures(own);
            blocks.addAll(figures.opening());
            boolean any = false;
            for (Event event : own) {
                if (event.decision()) {
                    if (!any) {
                        blocks.add(new Text("Decisions", Style.BOLD));
                        any = true;
                    }
                    blocks.addAll(decision(event, people, parties.getOrDefault(event.eventId(), DecisionParties.Parties.NONE),
                            figures));
                }
            }
            if (!any) {
                blocks.add(new Text("No decision was taken in this stage.", Style.BODY));
            }
            blocks.addAll(figures.closing());
            sections.add(new Section(title(own.get(0), vendors), blocks));
        }
        return sections;
    }

    /** Every event, one row each: number, time, stage, actor, what happened. */
    static List<List<String>> timeline(List<Event> events) {
        return events.stream().map(e -> List.of(String.valueOf(e.sequence()), TIME.format(e.occurredAt()), e.stage().label(),
                e.actor() == null ? "" : e.actor(), e.summary())).toList();
    }

    /** A decision: when and by whom, what, why, who proposed and who decided, and the figures it rested on. */
    static List<Block> decision(Event event, People people, DecisionParties.Parties parties, DossierFigures figures) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Text("#" + event.sequence() + "  " + TIME.format(event.occurredAt()) + "  "
                + people.describe(event.actor(), event.roles()), Style.BOLD));
        blocks.add(new Text(event.summary(), Style.BODY));
        JsonNode payload = JSON.valueToTree(event.payload());
        reasons(event, payload).forEach(line -> blocks.add(new Text(line, Style.BODY)));
        var who = parties.named().stream().map(party -> party.did() + " " + people.describe(party.username(), party.roles())).toList();
        if (!who.isEmpty()) {
            blocks.add(new Text(capitalise(String.join("; ", who)) + ".", Style.BODY));
        }
        String comment = comment(event, payload);
        if (comment != null) {
            blocks.add(new Text(comment, Style.BODY));
        }
        blocks.addAll(figures.of(event));
        return blocks;
    }

    /** The decision's rationale, reason and evidence, each a line ("Rationale: ..."), unless its summary already tells it. */
    static List<String> reasons(Event event, JsonNode payload) {
        var lines = new ArrayList<String>();
        for (String field : REASONS) {
            String value = payload.path(field).asText(null);
            if (value != null && !value.isBlank() && !event.summary().contains(value)) {
                lines.add(capitalise(field) + ": " + value);
            }
        }
        return lines;
    }

    /** The decision's comment ("Comment: \u201c...\u201d"), unless its summary already tells it; or null. */
    static String comment(Event event, JsonNode payload) {
        String comment = payload.path("comment").asText(null);
        return comment == null || comment.isBlank() || event.summary().contains(comment) ? null : "Comment: \u201c" + comment + "\u201d";
    }

    private static String title(Event first, Map<String, String> vendors) {
        return switch (first.stage()) {
            case ASSESSMENT -> "Assessment";
            case SOURCING -> first.payload() instanceof SourcingRoundOpenedEvent opened
                    ? "Sourcing: round " + opened.number() : "Sourcing";
            case CONTRACTING -> "Contracting: the contract" + with(vendors.get(first.stream()));
            case MONITORING -> "Monitoring of the contract" + with(vendors.get(MonitoringView.contractIdOf(first.stream())));
            case EXIT -> "Exit from the contract" + with(vendors.get(ExitView.contractIdOf(first.stream())));
            default -> first.stage().label();
        };
    }

    private static String with(String vendor) {
        return vendor == null ? "" : " with " + vendor;
    }

    private static Map<String, String> vendorsByContract(List<Event> events) {
        var vendors = new HashMap<String, String>();
        for (Event event : events) {
            if (event.payload() instanceof ContractDraftedEvent drafted) {
                vendors.put(drafted.contractId(), drafted.vendorName());
            }
        }
        return vendors;
    }

    static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
