package org.convenor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries docs/architecture.md promises, one named rule each (DocsTests keeps the two in step). */
class ModularityTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.convenor");

    @Test
    void decisionsNeverImportEachOther() {
        for (String decision : new String[] {"fees", "coalitions", "relationships", "introductions"}) {
            noClasses().that().resideInAPackage("org.convenor." + decision + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            otherDecisions(decision))
                    .check(CLASSES);
        }
    }

    @Test
    void engineKnowsNothingOfTheDecisionsOrTheWeb() {
        noClasses().that().resideInAPackage("org.convenor.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..", "org.convenor.network..", "org.convenor.scenario..",
                        "org.convenor.rulesets..", "org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void scenariosKnowNothingOfTheDecisions() {
        noClasses().that().resideInAPackage("org.convenor.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..")
                .check(CLASSES);
    }

    @Test
    void validationSitsBelowEveryFeature() {
        noClasses().that().resideInAPackage("org.convenor.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..", "org.convenor.rulesets..", "org.convenor.scenario..",
                        "org.convenor.system..")
                .check(CLASSES);
    }

    /** Its pages and API, like every web package, may use system (the users who may own members, say). */
    @Test
    void networkImportsNoDecision() {
        noClasses().that().resideInAPackage("org.convenor.network..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..", "org.convenor.rulesets..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.convenor.network..")
                .and().resideOutsideOfPackage("org.convenor.network.web..")
                .should().dependOnClassesThat().resideInAPackage("org.convenor.system..")
                .check(CLASSES);
    }

    @Test
    void theConsoleKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.convenor.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..", "org.convenor.network..", "org.convenor.rulesets..",
                        "org.convenor.scenario..", "org.convenor.engine..", "org.convenor.system..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoresTouchTheDatabase() {
        noClasses().that().resideOutsideOfPackages("org.convenor.network.store..", "org.convenor.system.security.users..",
                        "org.convenor.digest", "org.convenor.rulesets.drafts", "org.convenor.rulesets.store")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework.jdbc..", "org.flywaydb..")
                .because("the network's records, the users kept by the service, the digest's deliveries (with "
                        + "the lease that guards its schedule) and the reviews of rule-set drafts, and the rule changes (history, drafts, change log, instances) are stored apart: "
                        + "each has its one package of tables, and everything else asks it")
                .check(CLASSES);
    }

    @Test
    void theDigestIsTheLastStepBeforeItsPages() {
        noClasses().that().resideOutsideOfPackage("org.convenor.digest..")
                .should().dependOnClassesThat().resideInAPackage("org.convenor.digest..")
                .because("the digest reads the relationships' alerts and the users; nothing reads the digest")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnThePagesOrTheCommands() {
        noClasses().that().resideOutsideOfPackages("org.convenor..web..", "org.convenor..cli..")
                .and().doNotHaveFullyQualifiedName("org.convenor.Commands")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor..web..", "org.convenor..cli..")
                .because("a page, a controller or a command is the last step: a change there touches nothing else")
                .check(CLASSES);
    }

    @Test
    void aDecisionNeverImportsItsOwnWeb() {
        for (String decision : new String[] {"fees", "coalitions", "relationships", "introductions", "network", "rulesets", "digest"}) {
            noClasses().that().resideInAPackage("org.convenor." + decision)
                    .should().dependOnClassesThat().resideInAPackage("org.convenor." + decision + ".web..")
                    .check(CLASSES);
        }
    }

    @Test
    void theStoreImportsNeitherImportsNorWeb() {
        noClasses().that().resideInAPackage("org.convenor.network.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.network.imports..",
                        "org.convenor.network.web..")
                .check(CLASSES);
    }

    @Test
    void systemImportsNoFeature() {
        noClasses().that().resideInAPackage("org.convenor.system..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.fees..", "org.convenor.coalitions..",
                        "org.convenor.relationships..", "org.convenor.introductions..", "org.convenor.network..", "org.convenor.rulesets..",
                        "org.convenor.scenario..", "org.convenor.digest..")
                .because("a feature's own refusal describes its problem (ErrorResponseException)")
                .check(CLASSES);
    }

    @Test
    void theEngineRootNeverNeedsTheCompiler() {
        noClasses().that().resideInAPackage("org.convenor.engine")
                .should().dependOnClassesThat().resideInAPackage("org.convenor.engine.compile..")
                .check(CLASSES);
    }

    @Test
    void rulesetsRootNeverImportsItsDraftsPagesOrCommands() {
        noClasses().that().resideInAPackage("org.convenor.rulesets")
                .should().dependOnClassesThat().resideInAnyPackage("org.convenor.rulesets.drafts..",
                        "org.convenor.rulesets.web..", "org.convenor.rulesets.cli..")
                .check(CLASSES);
    }

    /**
     * Per package, not per top-level folder: the network's shapes sit below validation, and the network store,
     * which checks what it is sent, above it.
     */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.convenor.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    private static String[] otherDecisions(String decision) {
        return java.util.stream.Stream.of("fees", "coalitions", "relationships", "introductions")
                .filter(other -> !other.equals(decision))
                .map(other -> "org.convenor." + other + "..")
                .toArray(String[]::new);
    }
}
