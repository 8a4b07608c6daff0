package com.marqasouq.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout's promises: the suite can verify any implementation because it knows nothing of ours. */
@AnalyzeClasses(packages = "com.marqasouq.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theConformanceSuiteNeverUsesTheSandbox = noClasses()
            .that()
            .resideInAPackage("com.marqasouq.kit.conformance..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.marqasouq.kit.sandbox..");

    @ArchTest
    static final ArchRule theSandboxNeverUsesTheConformanceSuite = noClasses()
            .that()
            .resideInAPackage("com.marqasouq.kit.sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.marqasouq.kit.conformance..");

    @ArchTest
    static final ArchRule theSharedPartsDependOnNeither = noClasses()
            .that()
            .resideInAnyPackage("com.marqasouq.kit.webhook..", "com.marqasouq.kit.contract..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.marqasouq.kit.sandbox..", "com.marqasouq.kit.conformance..", "com.marqasouq.kit.cli..");
    /** The sandbox library (classifier "sandbox") ships without the command line's and the suite's libraries. */
    @ArchTest
    static final ArchRule theSandboxLibraryNeedsNeitherTheCommandLineNorTheSuitesLibraries = noClasses()
            .that()
            .resideInAnyPackage(
                    "com.marqasouq.kit.sandbox..",
                    "com.marqasouq.kit.contract..",
                    "com.marqasouq.kit.webhook..",
                    "com.marqasouq.kit.generated..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.marqasouq.kit.cli..",
                    "picocli..",
                    "io.cucumber..",
                    "io.restassured..",
                    "com.atlassian.oai..",
                    "com.github.tomakehurst..",
                    "org.wiremock..",
                    "org.junit.platform..",
                    "org.slf4j.simple..");

    /** The rules and the state they work on know nothing of files, JSON documents or default data. */
    @ArchTest
    static final ArchRule theDomainNeverUsesTheStore = noClasses()
            .that()
            .resideInAPackage("com.marqasouq.kit.sandbox.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.marqasouq.kit.sandbox.store..");

    /** The parts of the sandbox (api, domain, store, control, webhook, …) depend on each other one way only. */
    @ArchTest
    static final ArchRule theSandboxsPartsHaveNoCycles =
            slices().matching("com.marqasouq.kit.sandbox.(*)..").should().beFreeOfCycles();

    /** Only the library wrappers use the classes that wire the sandbox; its parts are wired, never wire. */
    @ArchTest
    static final ArchRule theSandboxsPartsNeverUseTheClassesThatWireThem = noClasses()
            .that()
            .resideInAPackage("com.marqasouq.kit.sandbox.*..")
            .and()
            .resideOutsideOfPackages("com.marqasouq.kit.sandbox.embedded..", "com.marqasouq.kit.sandbox.junit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.marqasouq.kit.sandbox");
}
