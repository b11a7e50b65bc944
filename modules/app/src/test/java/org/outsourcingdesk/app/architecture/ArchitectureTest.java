package org.outsourcingdesk.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Holds the product's classes (every module's jar, not the tests) to the module rules. */
class ArchitectureTest {

    static final java.util.List<String> MODULES_WITH_API = ModuleRules.MODULES_WITH_API;
    static final java.util.List<String> STAGES = ModuleRules.STAGES;

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ModuleRules.ROOT);
    }

    @ParameterizedTest(name = "outside {0}, only its api")
    @FieldSource("MODULES_WITH_API")
    void modulesAreUsedOnlyThroughTheirApi(String module) {
        ModuleRules.onlyApiIsVisible(module).check(product);
    }

    @ParameterizedTest(name = "{0} sees only earlier stages")
    @FieldSource("STAGES")
    void stagesSeeOnlyEarlierStages(String stage) {
        ModuleRules.seesOnlyEarlierStages(stage).check(product);
    }

    @ParameterizedTest(name = "{0} knows no module")
    @ValueSource(strings = {"kernel", "integrity", "platform"})
    void foundationsKnowNoModule(String foundation) {
        ModuleRules.foundationsKnowNoModule(foundation).check(product);
    }

    @Test
    void apiAndDomainStayPure() {
        ModuleRules.apiAndDomainStayPure().check(product);
    }

    @Test
    void policiesNeverActOnReplay() {
        ModuleRules.policiesNeverActOnReplay().check(product);
    }

    @Test
    void noCycles() {
        ModuleRules.noCycles().check(product);
    }
}
