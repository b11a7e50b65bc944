package org.outsourcingdesk.audit.application;

import static org.outsourcingdesk.platform.pdf.PdfLayout.BODY;
import static org.outsourcingdesk.platform.pdf.PdfLayout.BOLD;
import static org.outsourcingdesk.platform.pdf.PdfLayout.SMALL;
import static org.outsourcingdesk.platform.pdf.PdfLayout.TITLE;
import static org.outsourcingdesk.platform.pdf.PdfLayout.cell;
import static org.outsourcingdesk.platform.pdf.PdfLayout.cells;
import static org.outsourcingdesk.platform.pdf.PdfLayout.header;
import static org.outsourcingdesk.platform.pdf.PdfLayout.heading;
import static org.outsourcingdesk.platform.pdf.PdfLayout.row;
import static org.outsourcingdesk.platform.pdf.PdfLayout.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.integrity.Checkpoint;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The decision dossier of an engagement, as a PDF: its facts, every decision with who proposed and
 * who decided, when, why and on which figures, the full timeline, and the integrity proof (each
 * event's position and link, the signed checkpoint that covers the last of them, the public key).
 * Decisions and timeline come from the stored events, which the chain protects, not from read tables.
 */
@ApplicationScoped
public class Dossier {

    private static final ObjectMapper JSON = DeskObjectMapper.create();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    IntegrityService integrity;
    @Inject
    IntegrityKeys keys;
    @Inject
    org.axonframework.eventsourcing.eventstore.EventStore events;

    public void write(EngagementView engagement, String requestedBy, OutputStream out) throws IOException {
        var id = new EngagementId(engagement.id());
        List<HistoryEntryView> history = fromEvents(id);
        Map<Long, String> links;
        List<Checkpoint> checkpoints;
        try {
            links = integrity.links(history.stream().map(HistoryEntryView::globalIndex).toList());
            checkpoints = integrity.checkpoints();
        } catch (SQLException e) {
            throw new IOException("could not read the chain: " + e.getMessage(), e);
        }
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Decision dossier " + engagement.reference());
            document.addCreator("Outsourcing Desk");
            document.open();
            document.add(new Paragraph("Decision dossier: " + engagement.reference() + " " + engagement.name(), TITLE));
            document.add(new Paragraph("Produced " + TIME.format(Instant.now()) + " for " + requestedBy
                    + ". Every statement below is read from the engagement's events.", BODY));
            facts(document, engagement);
            decisions(document, history);
            timeline(document, history, links);
            proof(document, history, links, checkpoints);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the dossier: " + e.getMessage(), e);
        }
    }

    /**
     * The engagement's history read from the event store itself, not from the read tables (which the
     * chain does not protect): each event with its position, actor and roles from its metadata.
     */
    private List<HistoryEntryView> fromEvents(EngagementId id) throws IOException {
        Map<String, Long> positions;
        try {
            positions = integrity.positions(id.value());
        } catch (SQLException e) {
            throw new IOException("could not read the event store: " + e.getMessage(), e);
        }
        var history = new java.util.ArrayList<HistoryEntryView>();
        var stream = events.readEvents(id.value());
        long sequence = 0;
        while (stream.hasNext()) {
            var message = stream.next();
            sequence++;
            Object payload = message.getPayload();
            var meta = message.getMetaData();
            Object roles = meta.get(org.outsourcingdesk.platform.messaging.AuditMetadata.ROLES);
            history.add(new HistoryEntryView(sequence, positions.getOrDefault(message.getIdentifier(), -1L),
                    message.getIdentifier(), payload.getClass().getSimpleName(), null, message.getTimestamp(),
                    String.valueOf(meta.get(org.outsourcingdesk.platform.messaging.AuditMetadata.ACTOR)),
                    roles instanceof java.util.Collection<?> many ? many.stream().map(String::valueOf).toList() : List.of(),
                    payload instanceof org.outsourcingdesk.kernel.DescribedEvent d ? d.summary() : payload.getClass().getSimpleName(),
                    JSON.writeValueAsString(payload), null, null, null,
                    payload instanceof org.outsourcingdesk.kernel.DecisionEvent, id.value(), null));
        }
        return history;
    }

    private static void facts(Document document, EngagementView e) throws DocumentException {
        heading(document, "The engagement");
        var table = table(new float[] {1, 3});
        row(table, "Reference", e.reference());
        row(table, "Name", e.name());
        row(table, "Business unit", e.businessUnit());
        row(table, "Currency", e.currency());
        row(table, "Stage now", e.stageLabel() + " (" + e.status() + ")");
        row(table, "Opened", TIME.format(e.openedAt()) + " by " + e.openedBy());
        document.add(table);
    }

    private static void decisions(Document document, List<HistoryEntryView> history) throws DocumentException {
        heading(document, "Decisions");
        for (HistoryEntryView entry : history) {
            if (!entry.decision()) {
                continue;
            }
            JsonNode payload = read(entry.payloadJson());
            document.add(new Paragraph("#" + entry.sequence() + "  " + TIME.format(entry.occurredAt()) + "  " + entry.actor()
                    + " (" + String.join(", ", entry.roles()) + ")", BOLD));
            document.add(new Paragraph(entry.summary(), BODY));
            if (payload.hasNonNull("rationale") && !entry.summary().contains(payload.get("rationale").asText())) {
                document.add(new Paragraph("Rationale: " + payload.get("rationale").asText(), BODY));
            }
            if (payload.hasNonNull("proposedBy") && payload.hasNonNull("approvedBy")) {
                document.add(new Paragraph("Proposed by " + payload.get("proposedBy").asText() + "; approved by "
                        + payload.get("approvedBy").asText() + (payload.hasNonNull("comment") ? " (\u201c"
                        + payload.get("comment").asText() + "\u201d)" : ""), BODY));
            }
            JsonNode figures = payload.get("figures");
            if (figures != null && !figures.isNull()) {
                String currency = figures.path("currency").asText();
                document.add(new Paragraph("Figures: in-house " + figures.path("inHouse").path("total").asText() + " " + currency
                        + " a year; recommended " + figures.path("recommendation").path("outcome").asText()
                        + "; rate card version " + figures.path("rateCardVersion").asText() + "; "
                        + figures.path("options").size() + " options costed; conversion "
                        + figures.path("conversion").path("unitsPerUsd").asText() + " " + figures.path("conversion").path("currency").asText()
                        + " per USD.", BODY));
                var chosen = table(new float[] {2, 2, 3, 2, 2});
                header(chosen, "Channel", "Region", "Pricing model", "Mid a year", "Saving");
                for (JsonNode option : figures.path("options")) {
                    if (contains(payload.path("channels"), option.path("channel").asText())
                            && contains(payload.path("regions"), option.path("regionCode").asText())
                            && contains(payload.path("pricingModels"), option.path("pricingModel").asText())) {
                        cells(chosen, option.path("channel").asText(), option.path("regionName").asText(),
                                option.path("pricingModel").asText(), option.path("mid").asText() + " " + currency,
                                option.path("savingMid").asText() + " " + currency);
                    }
                }
                if (chosen.getRows().size() > 1) {
                    document.add(chosen);
                }
            }
            document.add(Chunk.NEWLINE);
        }
    }

    private static void timeline(Document document, List<HistoryEntryView> history, Map<Long, String> links)
            throws DocumentException {
        heading(document, "Timeline (every event)");
        var table = table(new float[] {0.5f, 2.2f, 1.2f, 6});
        header(table, "#", "Time", "Actor", "What happened");
        for (HistoryEntryView entry : history) {
            cells(table, String.valueOf(entry.sequence()), TIME.format(entry.occurredAt()), entry.actor(), entry.summary());
        }
        document.add(table);
    }

    private void proof(Document document, List<HistoryEntryView> history, Map<Long, String> links,
                       List<Checkpoint> checkpoints) throws DocumentException {
        heading(document, "Integrity proof");
        document.add(new Paragraph("Each event is sealed into the hash chain of the whole record at its position; the "
                + "chain's head is signed in checkpoints (Ed25519). Verify with the export and desk-verify.jar (user guide).", BODY));
        var table = table(new float[] {1, 2, 7});
        header(table, "Position", "Event", "Link (SHA-256)");
        long last = 0;
        for (HistoryEntryView entry : history) {
            last = Math.max(last, entry.globalIndex());
            String link = links.get(entry.globalIndex());
            table.addCell(cell(String.valueOf(entry.globalIndex()), BODY));
            table.addCell(cell("#" + entry.sequence() + " " + entry.type(), BODY));
            table.addCell(cell(link == null ? "not sealed yet" : link, SMALL));
        }
        document.add(table);
        long lastPosition = last;
        var covering = checkpoints.stream().filter(c -> c.upToIndex() >= lastPosition).findFirst();
        if (covering.isPresent()) {
            var c = covering.get();
            document.add(new Paragraph("Checkpoint " + c.number() + " covers every event above: position " + c.upToIndex()
                    + ", signed " + TIME.format(c.signedAt()) + " with key " + c.keyId() + ".", BODY));
            document.add(new Paragraph("Chain head: " + c.headHash(), SMALL));
            document.add(new Paragraph("Signature: " + c.signature(), SMALL));
        } else {
            document.add(new Paragraph("No signed checkpoint covers the newest events yet; one follows within a minute.", BODY));
        }
        document.add(new Paragraph("Public key (" + keys.keyId() + "):", BODY));
        document.add(new Paragraph(keys.publicPem(), SMALL));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode each : array) {
            if (each.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
