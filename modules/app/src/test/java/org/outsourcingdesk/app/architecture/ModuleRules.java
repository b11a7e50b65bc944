package org.outsourcingdesk.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The module rules of ADR 0001, as ArchUnit rules. {@code ArchitectureTest} holds the product to them;
 * {@code ArchitectureRulesCanFailTest} shows each one catching a deliberately leaky class.
 */
final class ModuleRules {

    static final String ROOT = "org.outsourcingdesk";
    /** The stages in order: each may see the api of those before it, never of those after. */
    static final List<String> STAGES = List.of("assessment", "sourcing", "contracting", "monitoring", "exit");
    /** Modules whose insides are private: everyone else goes through their api. */
    static final List<String> MODULES_WITH_API = List.of("assessment", "sourcing", "contracting", "monitoring", "exit", "audit");

    private ModuleRules() {
    }

    /** Outside module M, only M's api may be used. */
    static ArchRule onlyApiIsVisible(String module) {
        String inside = ROOT + "." + module + "..";
        return noClasses().that().resideOutsideOfPackage(inside)
                .should().dependOnClassesThat(resideInAPackage(inside).and(not(resideInAPackage(ROOT + "." + module + ".api.."))))
                .as("outside " + module + ", only " + module + ".api may be used");
    }

    /** A stage sees only earlier stages; no stage sees audit or app. */
    static ArchRule seesOnlyEarlierStages(String stage) {
        int at = STAGES.indexOf(stage);
        String[] forbidden = Stream.concat(STAGES.subList(at + 1, STAGES.size()).stream(), Stream.of("audit", "app"))
                .map(m -> ROOT + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                .should().dependOnClassesThat(resideInAnyPackage(forbidden))
                .as(stage + " sees only the api of earlier stages");
    }

    /** The kernel and the platform know no module. */
    static ArchRule foundationsKnowNoModule(String foundation) {
        String[] modules = Stream.concat(MODULES_WITH_API.stream(), Stream.of("app"))
                .map(m -> ROOT + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + foundation + "..")
                .should().dependOnClassesThat(resideInAnyPackage(modules))
                .as(foundation + " knows no module");
    }

    /** Messages and domain logic stay free of persistence and presentation. */
    static ArchRule apiAndDomainStayPure() {
        return noClasses().that().resideInAnyPackage(ROOT + "..api..", ROOT + "..domain..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "jakarta.faces..", "org.primefaces.."))
                .as("api and domain use no JPA, Faces or PrimeFaces");
    }

    /**
     * A policy ({@code When<Event>Then<Action>}) sends commands, so none of its event handlers may run again
     * when its processor replays (ADR 0009): each carries Axon's {@code @DisallowReplay}, or its class does.
     */
    static ArchRule policiesNeverActOnReplay() {
        return methods().that().areAnnotatedWith("org.axonframework.eventhandling.EventHandler")
                .and().areDeclaredInClassesThat().haveNameMatching(".*\\.When[A-Z]\\w*Then[A-Z]\\w*")
                .should().beAnnotatedWith("org.axonframework.eventhandling.DisallowReplay")
                .orShould().beDeclaredInClassesThat().areAnnotatedWith("org.axonframework.eventhandling.DisallowReplay")
                .as("policies never act on replay (@DisallowReplay)");
    }

    /** No two modules depend on each other, directly or around a circle. */
    static ArchRule noCycles() {
        return slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().as("modules are free of cycles");
    }
}
