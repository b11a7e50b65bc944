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

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.integrity.Checkpoint;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.platform.security.UserDirectory;

/**
 * The decision dossier of an engagement, as a PDF: its facts; a section per stage it went through
 * (its assessment, each sourcing round, each contract, its monitoring and its exit, as
 * {@link EngagementStreams} finds their streams), each with every decision, who proposed and who
 * decided (display name and role), when, why, the waivers and the figures it rested on
 * ({@link DossierContent}, {@link DossierFigures}); the full timeline across those streams in the
 * order the events were stored; and the integrity proof (each event's position and link, the signed
 * checkpoint that covers the last of them with its chain head and signature, the public key).
 * Everything comes from the stored events ({@link EngagementEvents}), which the chain protects, not from
 * read tables; only the display names come from the accounts ({@link UserDirectory}).
 */
@ApplicationScoped
public class Dossier {

    private static final DateTimeFormatter TIME = DossierContent.TIME;

    @Inject
    IntegrityService integrity;
    @Inject
    IntegrityKeys keys;
    @Inject
    org.axonframework.eventsourcing.eventstore.EventStore events;
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;
    @Inject
    UserDirectory directory;

    public void write(EngagementView engagement, String requestedBy, OutputStream out) throws IOException {
        var id = new EngagementId(engagement.id());
        List<DossierContent.Event> history;
        try {
            history = EngagementEvents.read(events, dataSource, id, integrity::positions);
        } catch (SQLException e) {
            throw new IOException("could not read the event store: " + e.getMessage(), e);
        }
        Map<Long, String> links;
        List<Checkpoint> checkpoints;
        try {
            links = integrity.links(history.stream().map(DossierContent.Event::globalIndex).toList());
            checkpoints = integrity.checkpoints();
        } catch (SQLException e) {
            throw new IOException("could not read the chain: " + e.getMessage(), e);
        }
        var people = DossierContent.People.of(directory.everyone().values());
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Decision dossier " + engagement.reference());
            document.addCreator("Outsourcing Desk");
            document.open();
            document.add(new Paragraph("Decision dossier: " + engagement.reference() + " " + engagement.name(), TITLE));
            document.add(new Paragraph("Produced " + TIME.format(Instant.now()) + " for " + requestedBy
                    + ". Every statement below is read from the engagement's events, in all the streams it spans: "
                    + "a section per stage, then the timeline of every event and the integrity proof.", BODY));
            facts(document, engagement);
            for (DossierContent.Section section : DossierContent.sections(history, people)) {
                section(document, section);
            }
            timeline(document, history);
            proof(document, history, links, checkpoints);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the dossier: " + e.getMessage(), e);
        }
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

    private static void section(Document document, DossierContent.Section section) throws DocumentException {
        heading(document, section.title());
        for (DossierContent.Block block : section.blocks()) {
            switch (block) {
                case DossierContent.Text text -> {
                    var paragraph = new Paragraph(text.text(), switch (text.style()) {
                        case BOLD -> BOLD;
                        case SMALL -> SMALL;
                        default -> BODY;
                    });
                    if (text.style() == DossierContent.Style.BOLD) {
                        paragraph.setSpacingBefore(6);
                    }
                    document.add(paragraph);
                }
                case DossierContent.Table rows -> {
                    var table = table(rows.widths());
                    header(table, rows.header().toArray(String[]::new));
                    rows.rows().forEach(row -> cells(table, row.toArray(String[]::new)));
                    table.setSpacingBefore(3);
                    table.setSpacingAfter(3);
                    document.add(table);
                }
            }
        }
    }

    private static void timeline(Document document, List<DossierContent.Event> history) throws DocumentException {
        heading(document, "Timeline (every event, in the order stored)");
        var table = table(new float[] {0.5f, 2.2f, 1.1f, 1.1f, 5});
        header(table, "#", "Time", "Stage", "Actor", "What happened");
        for (List<String> row : DossierContent.timeline(history)) {
            cells(table, row.toArray(String[]::new));
        }
        document.add(table);
    }

    private void proof(Document document, List<DossierContent.Event> history, Map<Long, String> links,
                       List<Checkpoint> checkpoints) throws DocumentException {
        heading(document, "Integrity proof");
        document.add(new Paragraph("Each event is sealed into the hash chain of the whole record at its position; the "
                + "chain's head is signed in checkpoints (Ed25519). Verify with the export and desk-verify.jar (user guide).", BODY));
        var streams = history.stream().map(DossierContent.Event::stream).distinct().toList();
        document.add(new Paragraph("The events above are the " + history.size() + " events of " + streams.size() + " streams: "
                + String.join(", ", streams) + ".", BODY));
        var table = table(new float[] {1, 2, 7});
        header(table, "Position", "Event", "Link (SHA-256)");
        long last = 0;
        for (DossierContent.Event entry : history) {
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
}
