package org.outsourcingdesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.kernel.leak.KernelThatKnowsAModule;
import org.outsourcingdesk.sourcing.leak.LeakySourcingPolicy;
import org.outsourcingdesk.sourcing.leak.WhenLeakedThenActAgainOnReplay;
import org.outsourcingdesk.sourcing.domain.leak.LeakySourcingDomainEntity;

/**
 * Proves that each module rule can fail: the deliberately leaky classes in test sources break
 * them, and each rule names the class that does.
 */
class ArchitectureRulesCanFailTest {

    private static JavaClasses withLeaks;

    @BeforeAll
    static void importLeaks() {
        withLeaks = new ClassFileImporter().importPackages(ModuleRules.ROOT);
    }

    @Test
    void usingAnotherModulesDomainIsCaught() {
        assertViolatedBy(ModuleRules.onlyApiIsVisible("assessment"), LeakySourcingPolicy.class);
    }

    @Test
    void seeingALaterModuleIsCaught() {
        assertViolatedBy(ModuleRules.seesOnlyEarlierStages("sourcing"), LeakySourcingPolicy.class);
    }

    @Test
    void aKernelThatKnowsAModuleIsCaught() {
        assertViolatedBy(ModuleRules.foundationsKnowNoModule("kernel"), KernelThatKnowsAModule.class);
    }

    @Test
    void jpaInTheDomainIsCaught() {
        assertViolatedBy(ModuleRules.apiAndDomainStayPure(), LeakySourcingDomainEntity.class);
    }

    @Test
    void aPolicyThatActsOnReplayIsCaught() {
        assertViolatedBy(ModuleRules.policiesNeverActOnReplay(), WhenLeakedThenActAgainOnReplay.class);
    }

    @Test
    void aCycleIsCaught() {
        var result = ModuleRules.noCycles().evaluate(withLeaks);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("kernel").contains("assessment");
    }

    private static void assertViolatedBy(ArchRule rule, Class<?> leak) {
        var result = rule.evaluate(withLeaks);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(leak.getName());
    }
}
