package org.outsourcingdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.audit.application.DossierContent.People;
import org.outsourcingdesk.audit.application.DossierContent.Section;
import org.outsourcingdesk.audit.application.DossierContent.Table;
import org.outsourcingdesk.audit.application.DossierContent.Text;
import org.outsourcingdesk.contracting.api.event.ContractApprovedEvent;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.event.TransitionTaskWaivedEvent;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.CostLine;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggersClosedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaBreachedEvent;
import org.outsourcingdesk.monitoring.api.model.SlaResult;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;

/**
 * The dossier's content, from the events of every stream of an engagement: a section per stream in the
 * order they began, each decision with who proposed and who decided (display name and role), its
 * rationale, waivers and figures; monitoring's credits and triggers; the timeline of every event.
 */
class DossierContentTest {

    private static final EngagementId ID = new EngagementId("6f1c2a3e-0d4b-4c1e-9a7f-2b3c4d5e6f70");
    private static final String ROUND = ID.value() + "-round-6";
    private static final String CONTRACT = ROUND + "-contract";
    private static final String MONITORING = CONTRACT + "-monitoring";
    private static final String EXIT = CONTRACT + "-exit";
    private static final People PEOPLE = new People(Map.of("paula", "Paula Procurement", "marc", "Marc Approver",
            "lena", "Lena Legal"), Map.of("paula", List.of("PROCUREMENT"), "marc", List.of("APPROVER"), "lena", List.of("LEGAL")));

    private final List<Event> events = new ArrayList<>();

    @Test
    void everyStageHasItsSectionWithItsDecisionsPeopleAndFigures() {
        add(ID.value(), Stage.ASSESSMENT, "paula", new EngagementOpenedEvent(ID, "ENG-2026-0007", "Order hotline", "Retail", "USD", "paula"));
        var comparison = new RoundComparison(List.of(new Criterion("PRICE", "Price", 60), new Criterion("QUALITY", "Quality", 40)), 2,
                List.of(row("v1", "Bayside", 82.5), row("v2", "Harbour", 71.0)));
        var waivers = List.of(new Waiver(DueDiligenceItem.TURNOVER, "Turnover data follows after signature"));
        var rejections = List.of(new Rejection("v2", "Harbour", "Dearer and slower"));
        add(ROUND, Stage.SOURCING, "paula", new SelectionProposedEvent(ID, ROUND, "v1", "Bayside", "Best score at the lowest cost",
                rejections, waivers, comparison, List.of(), "paula"));
        add(ROUND, Stage.SOURCING, "marc", new VendorSelectedEvent(ID, ROUND, "v1", "Bayside", "Best score at the lowest cost",
                rejections, waivers, comparison, List.of(), "paula", "marc", "Go"));
        add(CONTRACT, Stage.CONTRACTING, "marc", new ContractDraftedEvent(ID, CONTRACT, ROUND, "v1", "Bayside", List.of(), "marc"));
        add(CONTRACT, Stage.CONTRACTING, "marc", new ContractApprovedEvent(ID, CONTRACT, "marc", "Sign it"));
        var result = new SlaResult(SlaMetric.SERVICE_LEVEL, new BigDecimal("80"), 20, new BigDecimal("70.0"), false,
                new BigDecimal("5"), new BigDecimal("190.00"), new BigDecimal("190.00"));
        add(MONITORING, Stage.MONITORING, "paula", new SlaBreachedEvent(ID, MONITORING, LocalDate.parse("2026-02-01"), 1, result, "USD"));
        add(MONITORING, Stage.MONITORING, "paula", new SlaBreachedEvent(ID, MONITORING, LocalDate.parse("2026-03-01"), 1, result, "USD"));
        add(MONITORING, Stage.MONITORING, "paula", new ReviewTriggeredEvent(ID, MONITORING, "t1", TriggerKind.FOR_CAUSE,
                SlaMetric.SERVICE_LEVEL, LocalDate.parse("2026-03-01"), "Service level breached in 2 consecutive periods",
                List.of("2026-02-01: 70.0 % against 80 %", "2026-03-01: 70.0 % against 80 %")));
        var costs = new CostComparison(LocalDate.parse("2026-04-01"), "USD", new ReviewInputs(12, 1, ReturnPath.NEW_SOURCING_ROUND,
                new BigDecimal("20000"), null), new BigDecimal("3610"), new BigDecimal("4.2"), new BigDecimal("52000"), null, null,
                List.of(cost(ExitOption.RENEW, "43320"), cost(ExitOption.TERMINATE_FOR_CAUSE, "27500")), List.of());
        add(EXIT, Stage.EXIT, "paula", new ExitOptionProposedEvent(ID, EXIT, "r1", ExitOption.TERMINATE_FOR_CAUSE,
                "Service level missed three months running", "t1", costs, "paula"));
        add(EXIT, Stage.EXIT, "marc", new ExitOptionApprovedEvent(ID, EXIT, "r1", ExitOption.TERMINATE_FOR_CAUSE,
                "Service level missed three months running", costs.options().get(1), List.of("t1"), "paula", "marc", "Agreed"));
        add(MONITORING, Stage.MONITORING, "marc", new ReviewTriggersClosedEvent(ID, MONITORING, List.of("t1"), "Terminated for cause", "marc"));
        add(EXIT, Stage.EXIT, "paula", new TransitionTaskWaivedEvent(ID, EXIT, "k1", "Parallel run", "The vendor stopped at once", "paula"));

        List<Section> sections = DossierContent.sections(events, PEOPLE);

        assertThat(sections).extracting(Section::title).containsExactly("Assessment", "Sourcing", "Contracting: the contract with Bayside", "Monitoring of the contract with Bayside", "Exit from the contract with Bayside");
        assertThat(text(sections.get(1))).contains("Best score at the lowest cost")
                .contains("Proposed by paula (Paula Procurement, Procurement).")
                .contains("Proposed by paula (Paula Procurement, Procurement); approved by marc (Marc Approver, Approver).")
                .contains("Comment: \u201cGo\u201d").contains("Not Harbour: Dearer and slower")
                .contains("Waiver: Staff turnover failed and accepted: Turnover data follows after signature")
                .contains("Bayside (chosen) | 82.5 | 120,000 USD").contains("Price (60 %) | 4.5 | 3.5")
                .contains("On the comparison of the proposal, above.");
        assertThat(text(sections.get(2))).contains("Approved the contract for signature: Sign it")
                .contains("Approved by marc (Marc Approver, Approver).");
        assertThat(text(sections.get(3))).contains("Service level breached in 2 consecutive periods")
                .contains("breached 2 time(s); credits earned: 380 USD")
                .contains("Trigger t1, period from 2026-03-01 (a ground for termination for cause is met): Service level breached in 2"
                        + " consecutive periods. Evidence: 2026-02-01: 70.0 % against 80 %; 2026-03-01: 70.0 % against 80 %."
                        + " Now closed: Terminated for cause.");
        assertThat(text(sections.get(4))).contains("Proposed to terminate for cause: Service level missed three months running")
                .contains("Evidence: t1").contains("Terminate for cause (proposed) | 27,500 | -15,820")
                .contains("Approved to terminate for cause (proposed by paula): Agreed")
                .contains("Proposed by paula (Paula Procurement, Procurement); approved by marc (Marc Approver, Approver).")
                .contains("Chosen: Terminate for cause, 27,500 over the horizon, -15,820 against staying.")
                .contains("Waived the transition task 'Parallel run': The vendor stopped at once")
                .contains("Waived by paula (Paula Procurement, Procurement).");
        assertThat(DossierContent.timeline(events)).hasSize(events.size()).first().satisfies(row ->
                assertThat(row).containsExactly("1", "2026-01-01 00:00:00 UTC", "Assessment", "paula",
                        "Opened engagement ENG-2026-0007 \u201cOrder hotline\u201d for Retail, in USD."));
    }

    @Test
    void aPersonWithoutAccountIsNamedAsRecorded() {
        assertThat(PEOPLE.describe("carla", List.of("PROCUREMENT", "APPROVER"))).isEqualTo("carla (Procurement and Approver)");
        assertThat(People.UNKNOWN.describe("system", List.of())).isEqualTo("system");
        assertThat(PEOPLE.describe("lena", List.of())).as("roles from the account").isEqualTo("lena (Lena Legal, Legal)");
    }

    private void add(String stream, Stage stage, String actor, Object payload) {
        long sequence = events.size() + 1;
        events.add(new Event(sequence, 100 + sequence, "event-" + sequence, stream, stage,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60 * (sequence - 1)), actor, PEOPLE.roles().get(actor), payload));
    }

    private static RoundComparison.Row row(String id, String name, double score) {
        return new RoundComparison.Row(id, name, Map.of("PRICE", id.equals("v1") ? 4.5 : 3.5, "QUALITY", 3.0), score, List.of("paula"),
                "USD", new BigDecimal(id.equals("v1") ? "120000" : "150000"), new BigDecimal("30000"), 20.0, 1, false, 8, 1, 0, 0,
                List.of(), 2, 100.0, 30.0, 4.0, 5.0, 2, 0, 1);
    }

    private static OptionCost cost(ExitOption option, String total) {
        var amount = new BigDecimal(total);
        return new OptionCost(option, List.of(new CostLine("Vendor charges", amount, "12 months at 3,610")), amount,
                amount.subtract(new BigDecimal("43320")), LocalDate.parse("2026-05-01"), null);
    }

    private static String text(Section section) {
        var text = new StringBuilder();
        section.blocks().forEach(block -> {
            if (block instanceof Text line) {
                text.append(line.text()).append('\n');
            } else if (block instanceof Table table) {
                text.append(String.join(" | ", table.header())).append('\n');
                table.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
            }
        });
        return text.toString();
    }
}
