package com.marqasouq.kit.conformance.defects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.ConformanceRunner;
import com.marqasouq.kit.conformance.OperatorFacts;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite against the kit's own sandbox, through a proxy that can inject one
 * deliberate defect at a time: without a defect every scenario passes; with each defect of
 * the catalogue at least one scenario fails. That is the proof that the suite can fail. The
 * run without a defect also holds every answer and webhook of the sandbox to its strict reading.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteAgainstSandboxAcceptanceTest {
    private static final Path REPORTS = Path.of("target", "conformance-reports");
    /** What an operator would know about the sandbox's default data (the document's examples). */
    private static final OperatorFacts DEFAULT_DATA_FACTS = new OperatorFacts(
            new OperatorFacts.KnownSku("LG-CPFL1625", 150_000, null),
            new OperatorFacts.KnownOrder("order_01ABC123", 151_000),
            new OperatorFacts.KnownCustomer("cus_01XYZ", "customer@example.com"),
            List.of());

    private SandboxServer sandbox;
    private DefectProxy proxy;

    @BeforeAll
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.builder()
                .port(0)
                .webhookBaseDelay(Duration.ofMillis(20))
                .build());
        proxy = new DefectProxy(sandbox.baseUri());
    }

    @AfterAll
    void stop() {
        proxy.close();
        sandbox.close();
    }

    @Test
    void theSandboxPassesEveryScenarioAndEveryReportIsWritten() throws Exception {
        proxy.inject(DefectCatalogue.NONE);
        Path reports = REPORTS.resolve("sandbox");
        proxy.record();
        Run run = run(null, reports, false);
        List<DefectProxy.Seen> seen = proxy.recorded();
        assertEquals("", run.failures(), run.console());
        assertEquals(
                Set.of(),
                StrictReadingOfTheRun.problems(seen),
                "the sandbox's answers and webhooks during the run, read strictly");
        assertEquals(List.of(), run.summary().causes(), "no finding against the sandbox");
        assertEquals(ConformanceRunner.CONFORMANT, run.exit(), run.console());
        assertTrue(run.summary().must().passed() > 0, "MUST scenarios ran");
        assertEquals(0, run.summary().must().notRun(), "every MUST scenario runs against the sandbox");
        assertEquals(
                List.of(),
                RestAssured.given()
                        .baseUri(sandbox.baseUri().toString())
                        .header("Authorization", "Bearer " + token())
                        .get("/_sandbox/webhooks")
                        .path("targets"),
                "the run removes the webhook target it registered");
        for (String report : List.of(
                "conformance-summary.md",
                "conformance-summary.html",
                "cucumber.html",
                "junit.xml",
                "cucumber.json",
                "cucumber.ndjson")) {
            assertTrue(Files.size(reports.resolve(report)) > 0, report);
        }
        for (String report : List.of("conformance-summary.md", "cucumber.json", "cucumber.ndjson", "junit.xml")) {
            String text = Files.readString(reports.resolve(report));
            assertFalse(text.contains("admin_password"), "no password in " + report);
            assertFalse(
                    text.matches("(?s).*eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}.*"),
                    "no token in " + report);
            assertFalse(text.contains(sandbox.sandbox().webhookSecret()), "no webhook secret in " + report);
        }
    }

    Stream<Defect> defects() {
        return DefectCatalogue.all(this::token).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void everyDefectMakesAScenarioFail(Defect defect) throws Exception {
        proxy.inject(defect);
        try {
            Run run = run(defect.scope(), REPORTS.resolve("defects").resolve(defect.name()), true);
            assertFalse(
                    run.summary().causes().isEmpty(),
                    "no scenario or shape check caught the defect " + defect + "; scenarios run: "
                            + run.summary().must() + "\n" + run.console());
            assertEquals(ConformanceRunner.NOT_CONFORMANT, run.exit(), run.console());
        } finally {
            proxy.inject(DefectCatalogue.NONE);
        }
    }

    @Test
    void theCatalogueHasAtLeastFifteenDefectsInEveryArea() {
        List<Defect> all = DefectCatalogue.all(this::token);
        assertTrue(all.size() >= 15, "defects: " + all.size());
        Set<String> areas = all.stream().map(Defect::area).collect(Collectors.toSet());
        assertTrue(
                areas.containsAll(
                        Set.of("filters", "paging", "stock", "transitions", "auth", "errors", "schema", "webhooks")),
                "areas: " + areas);
        assertEquals(all.size(), all.stream().map(Defect::name).distinct().count(), "defect names are unique");
    }

    @Test
    void everyOperationOfTheContractHasADefectAimedAtItsScenarios() {
        String scopes =
                DefectCatalogue.all(this::token).stream().map(Defect::scope).collect(Collectors.joining(" "));
        List<String> withoutDefect = Contract.marqasouqOdoo().operations().stream()
                .map(Operation::id)
                .filter(id -> !scopes.matches("(?s).*@op:" + id + "\\b.*"))
                .toList();
        assertEquals(List.of(), withoutDefect, "operations no defect of the catalogue is scoped to (@op:<id>)");
    }

    private String token() {
        return sandbox.sandbox()
                .tokens()
                .issue(sandbox.sandbox().config().admin().email());
    }

    private Run run(String tags, Path reports, boolean failFast) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ConformanceRunner runner = new ConformanceRunner(new PrintStream(console, true, StandardCharsets.UTF_8));
        int exit = runner.run(new ConformanceOptions(
                proxy.uri(),
                "admin@marqasouq.com",
                "admin_password",
                tags,
                reports,
                List.of(),
                null,
                null,
                failFast,
                DEFAULT_DATA_FACTS,
                null));
        ConformanceSummary summary = runner.lastSummary();
        assertNotNull(summary, console.toString(StandardCharsets.UTF_8));
        String failures = summary.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                .map(o -> o.scenario().name() + ": " + o.detail())
                .collect(Collectors.joining("\n"));
        return new Run(exit, summary, failures, console.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, ConformanceSummary summary, String failures, String console) {}
}
