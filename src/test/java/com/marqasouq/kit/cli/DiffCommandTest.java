package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.diff.SpecFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

    @TempDir
    static Path dir;

    private static int exit;
    private static String printed;
    private static String markdownFile;
    private static JsonNode json;

    /** One run (a comparison of the whole contract takes a second or two): release 1.0.0 against a spec without OdooOrder.email. */
    @BeforeAll
    static void diffTheReleaseWithASpecThatDropsAFieldOfTheOdooOrders() throws Exception {
        Path fixture = dir.resolve("no-email.yaml");
        Files.writeString(fixture, SpecFixtures.yaml(SpecFixtures.withoutOdooOrderEmail(SpecFixtures.release100())));
        Result result = run(
                "diff",
                "1.0.0",
                fixture.toString(),
                "--markdown",
                dir.resolve("diff.md").toString(),
                "--json",
                dir.resolve("diff.json").toString());
        exit = result.exit();
        printed = result.out();
        markdownFile = Files.readString(dir.resolve("diff.md"));
        json = new ObjectMapper().readTree(dir.resolve("diff.json").toFile());
    }

    @Test
    void aRemovedFieldOfTheOdooOrdersListExitsOneAndNamesTheFlowsAndScenariosItBreaks() {
        assertEquals(1, exit, printed);
        assertTrue(printed.contains("### `GET /odoo/orders` (listOdooOrders)"), printed);
        assertTrue(
                printed.contains("`response 200 application/json: orders[].email`: property removed — breaks clients"),
                printed);
        assertTrue(printed.contains("Quick Reference 1: sync new orders to Odoo"), printed);
        assertTrue(printed.contains("Section 8: orders for Odoo (/odoo/orders)"), printed);
        assertTrue(printed.contains("Python Integration Example (Updated)"), printed);
        assertTrue(printed.contains("Conformance scenarios it affects (@op:listOdooOrders)"), printed);
        assertTrue(printed.contains("features/orders/odoo-orders.feature:"), printed);
        assertTrue(printed.contains("features/orders/python-client-updated.feature:"), printed);
        assertEquals(printed, markdownFile);
    }

    @Test
    void theJsonReportNamesTheSameFlowsAndScenariosPerChange() {
        assertTrue(json.path("breaksClients").asBoolean());
        JsonNode change = null;
        for (JsonNode c : json.path("changes")) {
            if (c.path("location").asText().endsWith("orders[].email")) {
                change = c;
            }
        }
        assertTrue(change != null, json.toString());
        assertEquals("listOdooOrders", change.path("operationId").asText());
        assertTrue(change.path("breaksClients").asBoolean());
        List<String> flows = new ArrayList<>();
        change.path("flows").forEach(f -> flows.add(f.path("name").asText()));
        assertEquals(List.of("sync-new-orders", "odoo-orders", "python-client-updated"), flows);
        assertEquals("@op:listOdooOrders", change.path("scenarioTag").asText());
        assertTrue(change.path("scenarios").size() >= 8, change.toString());
    }

    @Test
    void jsonIsPrintedWhenAsked(@TempDir Path other) {
        Result result = run("diff", "1.0.0", "1.0.0", "--format", "json");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().strip().startsWith("{"), result.out());
        assertTrue(result.out().contains("\"breaksClients\": false"), result.out());
    }

    @Test
    void aSpecThatCannotBeFoundOrIsNotTheSourceFormIsAUsageErrorThatSaysWhatToGive() throws Exception {
        Result missing = run("diff", "1.0.0", "no/such/spec.yaml");
        Result unknownRelease = run("diff", "9.9.9", "working");
        Path rendition = dir.resolve("openapi-3.1.yaml");
        Files.writeString(rendition, "openapi: 3.1.0\ninfo: {title: x, version: 1.0.0}\n");
        Result openApi31 = run("diff", "1.0.0", rendition.toString());

        assertEquals(2, openApi31.exit());
        assertTrue(openApi31.err().contains("OpenAPI 3.0"), openApi31.err());

        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("No such file: no/such/spec.yaml"), missing.err());
        assertEquals(2, unknownRelease.exit());
        assertTrue(unknownRelease.err().contains("No release 9.9.9"), unknownRelease.err());
    }

    @Test
    void helpExplainsBothSidesAndTheExitCodes() {
        Result help = run("diff", "--help");

        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: marqasouq-odoo-kit diff"), help.out());
        assertTrue(help.out().contains("breaks clients"), help.out());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = KitCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {}
}
