package org.outsourcingdesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void aMissingEventIsReported() {
        assertThat(missingFrom("| assessment | `EngagementOpenedEvent` | 1 |", List.of("EngagementOpenedEvent", "NewEvent")))
                .containsExactly("NewEvent");
    }

    static List<String> missingFrom(String catalogue, List<String> events) {
        return events.stream().filter(e -> !catalogue.contains("`" + e + "`")).toList();
    }
}
