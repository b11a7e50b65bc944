package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.audit.api.query.EventLogPage;
import org.outsourcingdesk.audit.api.query.FindEventLogQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/** The event log: pages for people, and exports of everything a filter matches, oldest first. */
@ApplicationScoped
public class EventLog {

    private static final ObjectMapper JSON = DeskObjectMapper.create();

    @Inject
    QueryGateway queries;
    @Inject
    IntegrityService integrity;

    public EventLogPage page(FindEventLogQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(EventLogPage.class)).join();
    }

    /** Every matching event as a JSON line: its metadata, its data, and the link sealing it. */
    public void writeJsonLines(FindEventLogQuery query, Writer out) throws IOException {
        forEachPage(query, (events, links) -> {
            for (HistoryEntryView e : events) {
                var node = JSON.createObjectNode().put("globalIndex", e.globalIndex()).put("eventId", e.eventId())
                        .put("engagementId", e.engagementId()).put("module", e.module()).put("type", e.type())
                        .put("revision", e.revision()).put("occurredAt", e.occurredAt().toString()).put("actor", e.actor())
                        .put("summary", e.summary()).put("decision", e.decision()).put("correlationId", e.correlationId())
                        .put("causationId", e.causationId()).put("requestId", e.requestId());
                node.set("roles", JSON.valueToTree(e.roles()));
                node.set("payload", JSON.readTree(e.payloadJson()));
                node.put("link", links.get(e.globalIndex()));
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            }
        });
    }

    /** Every matching event as a CSV row, with a header row. */
    public void writeCsv(FindEventLogQuery query, Writer out) throws IOException {
        var printer = CSVFormat.DEFAULT.builder().setHeader("globalIndex", "occurredAt", "engagementId", "module", "type",
                "actor", "roles", "summary", "decision", "correlationId", "causationId", "requestId", "link").get().print(out);
        forEachPage(query, (events, links) -> {
            for (HistoryEntryView e : events) {
                printer.printRecord(e.globalIndex(), e.occurredAt(), e.engagementId(), e.module(), e.type(), cell(e.actor()),
                        String.join(" ", e.roles()), cell(e.summary()), e.decision(), e.correlationId(), e.causationId(),
                        cell(e.requestId()), links.get(e.globalIndex()));
            }
        });
        printer.flush();
    }

    /** Text people typed, made inert for spreadsheets: a cell starting with = + - @ would run as a formula. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private interface PageWriter {
        void write(List<HistoryEntryView> events, Map<Long, String> links) throws IOException;
    }

    /** Walks every matching event oldest first, a page at a time. */
    private void forEachPage(FindEventLogQuery query, PageWriter writer) throws IOException {
        Long after = -1L;
        while (true) {
            var page = page(new FindEventLogQuery(query.engagementId(), query.module(), query.type(), query.actor(),
                    query.from(), query.to(), null, after, FindEventLogQuery.MAX_LIMIT));
            var events = new ArrayList<>(page.events());
            java.util.Collections.reverse(events); // pages come newest first
            if (events.isEmpty()) {
                return;
            }
            try {
                writer.write(events, integrity.links(events.stream().map(HistoryEntryView::globalIndex).toList()));
            } catch (SQLException e) {
                throw new IOException("could not read the chain: " + e.getMessage(), e);
            }
            after = events.get(events.size() - 1).globalIndex();
            if (!page.newer()) {
                return;
            }
        }
    }
}
