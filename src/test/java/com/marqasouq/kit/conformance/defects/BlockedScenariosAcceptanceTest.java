package com.marqasouq.kit.conformance.defects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.ConformanceRunner;
import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.report.Cause;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A shop that refuses the suite's test products: the scenarios that only needed one as data are
 * blocked (counted apart, with the refused request and the shop's reason), not failures of the
 * operations they check; the scenario that checks product creation itself fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlockedScenariosAcceptanceTest {
    private static final String REASON = "Product options are not provided";

    private SandboxServer sandbox;
    private DefectProxy shop;
    private ConformanceSummary summary;
    private String console;

    @BeforeAll
    void runAgainstAShopThatRefusesTestProducts() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.builder().port(0).build());
        shop = new DefectProxy(sandbox.baseUri());
        shop.inject(DefectBuilder.defect("refuses-products", "setup", "")
                .answerInstead(r -> r.is("POST", "/admin/products")
                        ? new ProxyResponse(
                                400,
                                Map.of("Content-Type", "application/json"),
                                ("{\"type\":\"invalid_data\",\"message\":\"" + REASON + "\",\"code\":\"INVALID_DATA\"}")
                                        .getBytes(StandardCharsets.UTF_8))
                        : null)
                .build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConformanceRunner runner = new ConformanceRunner(new PrintStream(out, true, StandardCharsets.UTF_8));
        runner.run(new ConformanceOptions(
                shop.uri(),
                "admin@marqasouq.com",
                "admin_password",
                "@op:reduceStock or @op:createProduct",
                Path.of("target", "conformance-reports", "blocked"),
                List.of(),
                null,
                null,
                false));
        summary = runner.lastSummary();
        console = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        shop.close();
        sandbox.close();
    }

    @Test
    void scenariosThatOnlyNeededAProductAreBlockedNotFailed() {
        List<ScenarioOutcome> reduceStock = summary.scenarios().stream()
                .filter(o -> o.scenario().uri().endsWith("reduce-stock.feature"))
                .filter(o -> o.status() != ScenarioOutcome.Status.NOT_RUN)
                .toList();
        assertFalse(reduceStock.isEmpty(), console);
        for (ScenarioOutcome o : reduceStock) {
            assertTrue(
                    o.status() == ScenarioOutcome.Status.BLOCKED || o.status() == ScenarioOutcome.Status.PASSED,
                    o.scenario().name() + ": " + o.status() + " " + o.detail());
        }
        long blocked = reduceStock.stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.BLOCKED)
                .count();
        assertTrue(blocked >= 5, "reduce-stock scenarios blocked: " + blocked);
        assertTrue(summary.must().blocked() + summary.should().blocked() >= blocked, console);
        assertEquals(
                0,
                summary.scenarios().stream()
                        .filter(o -> o.status() == ScenarioOutcome.Status.BLOCKED
                                && o.finding().kind() != Finding.Kind.BLOCKED)
                        .count());
        assertTrue(summary.operations().stream()
                .filter(r -> r.name().equals("reduceStock"))
                .allMatch(r -> r.mustFailed() == 0 && r.blocked() > 0));
    }

    @Test
    void theBlockedCauseShowsTheRefusedRequestAndTheShopsReasonOnce() {
        List<Cause> blocked = summary.causes().stream()
                .filter(c -> c.kind() == Finding.Kind.BLOCKED)
                .toList();
        assertEquals(1, blocked.size(), console);
        String line = blocked.get(0).line(5);
        assertTrue(line.contains("creating a test product"), line);
        assertTrue(line.contains("POST /admin/products answered 400"), line);
        assertTrue(line.contains(REASON), line);
    }

    @Test
    void theScenarioThatChecksProductCreationItselfFails() {
        assertTrue(
                summary.scenarios().stream()
                        .filter(o -> o.scenario().hasTag("@op:createProduct"))
                        .anyMatch(o -> o.status() == ScenarioOutcome.Status.FAILED
                                && o.finding().kind() == Finding.Kind.STATUS),
                console);
    }
}
