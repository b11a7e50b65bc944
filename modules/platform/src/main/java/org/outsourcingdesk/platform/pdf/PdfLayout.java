package org.outsourcingdesk.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The product's printed documents look alike: their fonts, headings and tables (OpenPDF). */
public final class PdfLayout {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    public static final Font SMALL = FontFactory.getFont(FontFactory.COURIER, 7);

    private PdfLayout() {
    }

    public static void heading(Document document, String text) throws DocumentException {
        var heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** A table across the page, its columns in these proportions. */
    public static PdfPTable table(float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        return table;
    }

    /** The first row, repeated on every page the table runs over. */
    public static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            table.addCell(cell(title, BOLD));
        }
        table.setHeaderRows(1);
    }

    /** A label and its value. */
    public static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, BOLD));
        table.addCell(cell(value, BODY));
    }

    public static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, BODY));
        }
    }

    public static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
