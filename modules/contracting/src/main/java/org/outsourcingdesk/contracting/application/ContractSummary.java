package org.outsourcingdesk.contracting.application;

import static org.outsourcingdesk.platform.pdf.PdfLayout.BODY;
import static org.outsourcingdesk.platform.pdf.PdfLayout.TITLE;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.ReviewComment;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.Signature;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.contracting.api.query.ContractView;

/**
 * The printable contract summary (PDF): who with, the prices as selected, the term, the SLAs with
 * their credits, governance, data and recording, termination, and the reviews and signatures, with
 * the contract's status and version. A section not set yet says so.
 */
@ApplicationScoped
public class ContractSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Writes the summary of the engagement's contract ({@code reference} and {@code name} are the engagement's). */
    public void write(ContractView contract, String reference, String name, String requestedBy, OutputStream out) throws IOException {
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Contract summary " + reference);
            document.addCreator("Outsourcing Desk");
            document.open();
            document.add(new Paragraph("Contract summary: " + contract.vendorName(), TITLE));
            document.add(new Paragraph(reference + " " + name + ". Version " + contract.version() + "; " + contract.status().label().toLowerCase()
                    + (contract.end() == null ? "" : " on " + contract.end().endedOn() + " ("
                    + contract.end().ending().label().toLowerCase() + ")")
                    + ". Produced " + TIME.format(Instant.now()) + " for " + requestedBy + ".", BODY));
            prices(document, contract);
            term(document, contract.term());
            serviceLevels(document, contract.serviceLevels(), contract.warnsSpeedOverService());
            governance(document, contract.governance());
            data(document, contract.dataTerms());
            termination(document, contract.termination());
            workflow(document, contract);
            versions(document, contract);
        } catch (DocumentException e) {
            throw new IOException("could not write the contract summary: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    private static void prices(Document document, ContractView contract) throws DocumentException {
        heading(document, "Prices, as selected");
        var table = table(new float[] {3, 3, 1.5f, 2, 2, 2});
        header(table, "Channel and region", "Pricing", "Currency", "Set-up fee", "Minimum a month", "Average year");
        for (var q : contract.prices()) {
            cells(table, q.channel().label() + ", " + q.region(), q.quote().pricingModel().label(), q.quote().currency(),
                    amount(q.quote().setupFee()), amount(q.quote().minimumMonthlyCommitment()), amount(q.cost().averageAnnual()));
        }
        document.add(table);
    }

    private static void term(Document document, ContractTerm term) throws DocumentException {
        heading(document, "Term");
        if (term == null) {
            document.add(new Paragraph("Not set yet.", BODY));
            return;
        }
        var table = table(new float[] {2, 5});
        row(table, "Runs", term.startsOn() + " to " + term.endsOn() + " (" + (ChronoUnit.DAYS.between(term.startsOn(), term.endsOn()) + 1)
                + " days)");
        row(table, "At the end", term.renewal() == RenewalMode.AUTOMATIC ? "Renews automatically for " + term.renewalMonths() + " months"
                : "Ends unless both sides decide to renew");
        row(table, "Notice not to renew", term.nonRenewalNoticeDays() + " days: by " + term.nonRenewalNoticeBy());
        row(table, "Notice to end for convenience", term.convenienceNoticeDays() + " days");
        document.add(table);
    }

    private static void serviceLevels(Document document, ServiceLevels levels, boolean warns) throws DocumentException {
        heading(document, "SLAs and service credits");
        if (levels == null) {
            document.add(new Paragraph("Not set yet.", BODY));
            return;
        }
        var table = table(new float[] {4, 2, 2, 1.5f, 2});
        header(table, "Metric", "Target", "Threshold", "Measured", "Credit (% of fee)");
        for (ServiceLevel level : levels.levels()) {
            cells(table, level.metric().label(), (level.metric().higherIsBetter() ? "at least " : "at most ")
                            + level.target().toPlainString() + " " + level.metric().unit(),
                    level.threshold() == null ? "" : level.threshold() + (level.metric().threshold().name().equals("HOURS") ? " h" : " s"),
                    level.period().label(), level.creditPercent().toPlainString());
        }
        document.add(table);
        document.add(new Paragraph("A period's credits together are capped at " + levels.creditCapPercent().toPlainString()
                + " % of its fee." + (warns ? " Warning: handle time carries credits while no quality metric does." : ""), BODY));
    }

    private static void governance(Document document, Governance governance) throws DocumentException {
        heading(document, "Governance");
        if (governance == null) {
            document.add(new Paragraph("Not set yet.", BODY));
            return;
        }
        var table = table(new float[] {2, 5});
        row(table, "Internal liaison", governance.internalLiaison());
        row(table, "Vendor's account manager", governance.vendorAccountManager());
        row(table, "Meetings", "Operations: " + governance.operationsMeetings().label().toLowerCase()
                + (governance.monthlyPerformanceReview() ? "; monthly performance review" : "")
                + (governance.quarterlyBusinessReview() ? "; quarterly business review" : ""));
        row(table, "Contact-reason reports", governance.contactReasonReports().label());
        document.add(table);
        if (!governance.responsibilities().isEmpty()) {
            var roles = table(new float[] {3, 1.5f, 5});
            header(roles, "Role", "Side", "Answers for");
            governance.responsibilities().forEach(r -> cells(roles, r.role(), r.party().label(), r.responsibility()));
            document.add(roles);
        }
        var escalation = table(new float[] {1, 5, 2});
        header(escalation, "Level", "Who is called", "Responds within");
        governance.escalation().forEach(l -> cells(escalation, String.valueOf(l.level()), l.contact(), l.responseHours() + " h"));
        document.add(escalation);
    }

    private static void data(Document document, DataTerms data) throws DocumentException {
        heading(document, "Data and call recording");
        if (data == null) {
            document.add(new Paragraph("Not set yet.", BODY));
            return;
        }
        var table = table(new float[] {2, 5});
        row(table, "Calls recorded", data.recordedSharePercent() + " %");
        row(table, "Recordings kept", data.retentionDays() + " days");
        row(table, "Access", data.access());
        row(table, "At the end", data.returnAndDestruction() + " Destroyed within " + data.destroyWithinDays() + " days.");
        document.add(table);
    }

    private static void termination(Document document, TerminationTerms termination) throws DocumentException {
        heading(document, "Termination");
        if (termination == null) {
            document.add(new Paragraph("Not set yet.", BODY));
            return;
        }
        var table = table(new float[] {2, 5});
        row(table, "For cause", String.join("; ", termination.forCause().stream().map(CauseTrigger::describe).toList()));
        row(table, "For convenience: fees", termination.convenienceFees().isEmpty() ? "None" : String.join("; ",
                termination.convenienceFees().stream().map(f -> "from month " + f.fromMonth() + ": " + f.fee().toPlainString()).toList()));
        row(table, "Liability cap", termination.liabilityCap().toPlainString());
        row(table, "Termination fee cap", termination.terminationFeeCap().toPlainString());
        row(table, "Exit assistance", termination.exitAssistanceMonths() + " months"
                + (termination.exitAssistance() == null ? "" : ": " + termination.exitAssistance()));
        document.add(table);
    }

    private static void workflow(Document document, ContractView contract) throws DocumentException {
        heading(document, "Reviews and signatures");
        if (contract.reviews().isEmpty() && contract.signatures().isEmpty()) {
            document.add(new Paragraph("Not reviewed yet.", BODY));
            return;
        }
        var table = table(new float[] {2.5f, 2, 2, 1.5f, 4});
        header(table, "When", "Step", "Verdict", "By", "Comment");
        for (ReviewComment review : contract.reviews()) {
            cells(table, TIME.format(review.at()), ReviewComment.LEGAL_REVIEW.equals(review.stage()) ? "Legal review" : "Approval",
                    review.passed() ? "Passed" : "Changes requested", review.by(), review.comment());
        }
        for (Signature signature : contract.signatures()) {
            cells(table, signature.signedOn().toString(), "Signature", signature.party().label(), signature.signatory(),
                    "Recorded by " + signature.recordedBy());
        }
        document.add(table);
        if (contract.activatedOn() != null) {
            document.add(new Paragraph("Active since " + contract.activatedOn() + ".", BODY));
        }
    }

    private static void versions(Document document, ContractView contract) throws DocumentException {
        if (contract.versions().size() < 2) {
            return;
        }
        heading(document, "Versions");
        var table = table(new float[] {1, 2, 5, 2});
        header(table, "Version", "In force from", "Why", "Approved by");
        contract.versions().forEach(v -> cells(table, String.valueOf(v.number()), String.valueOf(v.effectiveFrom()), v.reason(),
                v.approvedBy()));
        document.add(table);
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
