package org.outsourcingdesk.audit.api.query;

import java.time.Instant;
import java.util.List;

/**
 * How one event of an engagement's history reads to people, beside its {@link HistoryEntryView}
 * (same {@code eventId}): what the dossier tells of it.
 *
 * @param actorName  the display name of the user who caused it, or null when unknown or the same as the user name
 * @param proposal   for an approval, rejection, legal review or request for changes: the proposal it answers; else null
 * @param statements its rationale, reason, evidence and comment, each a line, where its summary does not already tell them
 * @param figures    the figures it rested on as its event carries them, and its waivers and rejections: lines and tables
 */
public record HistoryNoteView(String eventId, String actorName, Proposal proposal, List<String> statements, List<Block> figures) {

    public HistoryNoteView {
        statements = List.copyOf(statements);
        figures = List.copyOf(figures);
    }

    /**
     * The proposal an answer answers.
     *
     * @param did      what its author did: "proposed by", or "submitted by" (a contract for review)
     * @param username who
     * @param name     their display name, or null when unknown or the same as the user name
     * @param roles    the roles they proposed in (names of {@code Role}s)
     * @param at       when, or null when the proposal's event was not found (then also {@code sequence} and {@code eventId})
     * @param sequence its place in the engagement's history, from 1
     */
    public record Proposal(String did, String username, String name, List<String> roles, Instant at, Long sequence,
                           String eventId) {
        public Proposal {
            roles = List.copyOf(roles);
        }
    }

    /** A line of text, or a table when {@code header} is not empty (each row as long as the header). */
    public record Block(String text, List<String> header, List<List<String>> rows) {
        public Block {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public boolean table() {
            return !header.isEmpty();
        }
    }
}
