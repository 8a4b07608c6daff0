package com.marqasouq.kit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole suite against an in-process sandbox: the kit's own sandbox must conform. */
class ConformanceAgainstSandboxTest {

    @Test
    void theSandboxConformsToEveryScenario() throws Exception {
        Path reports = Path.of("target", "conformance-reports", "sandbox");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().port(0).build())) {
            ConformanceRunner runner = new ConformanceRunner(new PrintStream(console, true, StandardCharsets.UTF_8));
            int exit = runner.run(new ConformanceOptions(sandbox.baseUri(), "admin@marqasouq.com", "admin_password",
                    null, reports, List.of(), null, null, true));
            ConformanceSummary summary = runner.lastSummary();
            org.junit.jupiter.api.Assertions.assertNotNull(summary, console.toString(StandardCharsets.UTF_8));
            String failures = summary.scenarios().stream()
                    .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                    .map(o -> o.scenario().name() + ": " + o.detail())
                    .collect(Collectors.joining("\n"));
            assertEquals("", failures, console.toString(StandardCharsets.UTF_8));
            assertEquals(ConformanceRunner.CONFORMANT, exit);
            assertTrue(summary.must().passed() > 0);
            for (String report : List.of("conformance-summary.md", "conformance-summary.html", "cucumber.html",
                    "junit.xml", "cucumber.json", "cucumber.ndjson")) {
                assertTrue(Files.size(reports.resolve(report)) > 0, report);
            }
            String markdown = Files.readString(reports.resolve("conformance-summary.md"));
            assertTrue(!markdown.contains("admin_password"), "no password in the summary");
            assertEquals(List.of(), webhookTargets(sandbox), "the run removes the webhook target it registered");
        }
    }

    private static List<Object> webhookTargets(SandboxServer sandbox) {
        String token = RestAssured.given().baseUri(sandbox.baseUri().toString()).contentType("application/json")
                .body("{\"email\":\"admin@marqasouq.com\",\"password\":\"admin_password\"}")
                .post("/auth/user/emailpass").path("token");
        return RestAssured.given().baseUri(sandbox.baseUri().toString()).header("Authorization", "Bearer " + token)
                .get("/_sandbox/webhooks").path("targets");
    }
}
