package com.marqasouq.kit.conformance.defects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.ConformanceRunner;
import com.marqasouq.kit.conformance.OperatorFacts;
import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.report.Cause;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The suite against a shop that is wrong in five independent ways at once ({@link
 * DivergentShop}): the summary names each cause once, with its count, and the behaviour behind
 * the shape failures was still checked (the ignored filter is caught although the same lists
 * lack fields).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivergentShopAcceptanceTest {
    private static final String SCOPE =
            "@op:listOrders or @op:getOrder or @facts or @op:listOdooInventory or @op:syncOdooInventory";
    private static final OperatorFacts FACTS = new OperatorFacts(
            new OperatorFacts.KnownSku(DivergentShop.KNOWN_SKU, 150_000, null),
            new OperatorFacts.KnownOrder(DivergentShop.KNOWN_ORDER, 151_000),
            null,
            List.of());

    private SandboxServer sandbox;
    private DefectProxy shop;
    private ConformanceSummary summary;
    private String console;
    private int exit;

    @BeforeAll
    void runTheSuiteAgainstTheDivergentShop() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.builder().port(0).build());
        shop = new DefectProxy(sandbox.baseUri());
        shop.inject(DivergentShop.defect());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConformanceRunner runner = new ConformanceRunner(new PrintStream(out, true, StandardCharsets.UTF_8));
        exit = runner.run(new ConformanceOptions(
                shop.uri(),
                "admin@marqasouq.com",
                "admin_password",
                SCOPE,
                Path.of("target", "conformance-reports", "divergent-shop"),
                List.of(),
                null,
                null,
                false,
                FACTS,
                null));
        summary = runner.lastSummary();
        console = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        shop.close();
        sandbox.close();
    }

    @Test
    void theSummaryNamesEachOfTheFiveCausesOnceAndNothingElse() {
        assertEquals(ConformanceRunner.NOT_CONFORMANT, exit, console);
        assertOnce(
                "the error body",
                c -> c.kind() == Finding.Kind.SHAPE
                        && c.statement().startsWith("error answers")
                        && c.statement().contains("`code`, `type`"));
        assertOnce(
                "the order list's missing fields",
                c -> c.kind() == Finding.Kind.SHAPE
                        && c.statement().contains("`/orders/*` lacks `currency_code`, `email`"));
        assertOnce(
                "the ignored status filter",
                c -> (c.kind() == Finding.Kind.BEHAVIOUR || c.kind() == Finding.Kind.CHECK)
                        && c.operations().contains("GET /admin/orders")
                        && c.expected().contains("status"));
        Cause amounts = assertOnce("amounts in whole dinars", c -> c.actual().contains("whole KWD"));
        assertEquals(2, amounts.scenarios(), "the product price and the order total: " + amounts.line(9));
        Cause route = assertOnce("the missing route", c -> c.kind() == Finding.Kind.ROUTE_MISSING);
        assertTrue(route.operations().contains("GET /odoo/inventory"), route.line(9));
        assertFalse(route.operations().stream().anyMatch(op -> !op.contains("/odoo/inventory")), route.line(9));
        List<Cause> others = summary.causes().stream()
                .filter(c -> !c.operations().equals(List.of("GET /admin/orders")) || c.kind() == Finding.Kind.SHAPE)
                .toList();
        assertEquals(
                4,
                others.size(),
                "besides the ignored status filter's own consequences, only the other four: " + causes());
    }

    @Test
    void theConsoleOpensWithTheCausesAndJunitSaysExpectedVersusActualWithoutStackFrames() throws Exception {
        assertTrue(console.indexOf("Causes, most scenarios first:") < console.indexOf("Reports:"), console);
        assertTrue(console.contains("[route missing]"), console);
        String junit = Files.readString(Path.of("target", "conformance-reports", "divergent-shop", "junit.xml"));
        assertTrue(junit.contains("expected amounts in fils"), junit);
        assertFalse(junit.contains("at com.marqasouq"), "no stack frames in junit.xml");
        assertFalse(junit.contains("java.lang.AssertionError"), "no exception names in junit.xml");
    }

    private Cause assertOnce(String what, Predicate<Cause> matches) {
        List<Cause> found = summary.causes().stream().filter(matches).toList();
        assertEquals(1, found.size(), what + " should be one cause; causes:\n" + causes());
        return found.get(0);
    }

    private String causes() {
        return summary.causes().stream().map(c -> c.line(9)).collect(Collectors.joining("\n"));
    }
}
