package org.outsourcingdesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.kernel.DecisionEvent;

/** docs/events.md lists every event type of every module's api. */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../../docs/events.md");

    @Test
    void everyApiEventIsInTheCatalogue() throws Exception {
        List<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ModuleRules.ROOT).stream()
                .filter(c -> c.getPackageName().contains(".api.event"))
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .filter(c -> !c.isInterface()) // what events of a module share (ContractEvent), not an event
                .map(JavaClass::getSimpleName).sorted().toList();
        assertThat(events).as("events found in api.event packages").isNotEmpty();
        assertThat(missingFrom(Files.readString(CATALOGUE), events))
                .as("event types missing from docs/events.md").isEmpty();
    }

    @Test
    void theCatalogueTagsExactlyTheDecisionsAsDecisions() throws Exception {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ModuleRules.ROOT).stream()
                .filter(c -> c.getPackageName().contains(".api.event") && !c.isInterface())
                .filter(c -> !c.getSimpleName().equals("package-info")).toList();
        String catalogue = Files.readString(CATALOGUE);
        List<String> decisions = classes.stream().filter(c -> c.isAssignableTo(DecisionEvent.class)).map(JavaClass::getSimpleName).sorted().toList();
        assertThat(decisions).as("decision events found").isNotEmpty();
        assertThat(classes.stream().map(JavaClass::getSimpleName)
                .filter(e -> taggedAsDecision(catalogue, e) != decisions.contains(e)).sorted().toList())
                .as("events whose consumers in docs/events.md say 'decisions' exactly when they are a kernel.DecisionEvent").isEmpty();
    }

    @Test
    void anUntaggedDecisionIsReported() {
        String catalogue = """
                | exit | `ExitOptionApprovedEvent` | 1 | approved (decision) | exit: exit cases; audit: engagement history, decisions |
                | exit | `RelationshipReviewOpenedEvent` | 1 | opened | exit: exit cases; audit: engagement history |
                """;
        assertThat(taggedAsDecision(catalogue, "ExitOptionApprovedEvent")).isTrue();
        assertThat(taggedAsDecision(catalogue, "RelationshipReviewOpenedEvent")).isFalse();
    }

    /** Whether the event's row lists the auditors' decisions among its consumers (its last column). */
    static boolean taggedAsDecision(String catalogue, String event) {
        return catalogue.lines().filter(l -> l.startsWith("| ") && l.contains(" | `" + event + "` | ")).findFirst()
                .map(l -> l.substring(0, l.length() - 1).strip())
                .map(l -> l.substring(l.lastIndexOf(" | ") + 3))
                .map(consumers -> consumers.matches(".*\\baudit: [^;]*\\bdecisions\\b.*")).orElse(false);
    }

    @Test
    void aMissingEventIsReported() {
        assertThat(missingFrom("| assessment | `EngagementOpenedEvent` | 1 |", List.of("EngagementOpenedEvent", "NewEvent")))
                .containsExactly("NewEvent");
    }

    static List<String> missingFrom(String catalogue, List<String> events) {
        return events.stream().filter(e -> !catalogue.contains("`" + e + "`")).toList();
    }
}
