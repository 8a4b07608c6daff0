package com.marqasouq.kit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code @readonly} scenario, through a recording proxy: nothing but reads and the login
 * leaves the suite, and a run without operator facts says which checks it could not run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyRunAcceptanceTest {
    private SandboxServer sandbox;
    private WireMockServer recorder;
    private ConformanceSummary summary;
    private String console;

    @BeforeAll
    void runTheReadOnlyScenariosThroughARecordingProxy() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.builder().port(0).build());
        recorder = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        recorder.start();
        recorder.stubFor(any(anyUrl())
                .willReturn(aResponse().proxiedFrom(sandbox.baseUri().toString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConformanceRunner runner = new ConformanceRunner(new PrintStream(out, true, StandardCharsets.UTF_8));
        runner.run(new ConformanceOptions(
                java.net.URI.create("http://127.0.0.1:" + recorder.port()),
                "admin@marqasouq.com",
                "admin_password",
                "@readonly",
                Path.of("target", "conformance-reports", "readonly"),
                List.of(),
                null,
                null,
                false));
        summary = runner.lastSummary();
        console = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        recorder.stop();
        sandbox.close();
    }

    @Test
    void onlyReadsAndTheLoginLeftTheSuite() {
        List<ServeEvent> requests = recorder.getAllServeEvents();
        assertTrue(requests.size() > 50, "the read-only scenarios sent requests: " + requests.size());
        List<String> writes = requests.stream()
                .map(e -> e.getRequest().getMethod().getName() + " "
                        + e.getRequest().getUrl())
                .filter(r -> !r.startsWith("GET ") && !r.startsWith("HEAD ") && !r.equals("POST /auth/user/emailpass"))
                .collect(Collectors.toList());
        assertEquals(List.of(), writes);
        assertTrue(summary.must().passed() > 20, console);
        assertEquals(0, summary.must().failed(), console);
    }

    @Test
    void theConsoleShowsALinePerFeatureAndAVerdictThatSaysWhatItCovers() {
        assertTrue(
                console.matches(
                        "(?s).*\n  auth/login\\.feature +\\d+ passed +0 failed .*\\[\\d+/\\d+ done, 0 failed, \\d+:\\d\\d].*"),
                console);
        assertTrue(
                console.matches("(?s).*\nCONFORMANT for the \\d+ scenarios that ran — .*"
                        + "\\d+ not run: \\d+ excluded by --tags @readonly.*"),
                console);
        assertTrue(console.indexOf("done,") < console.indexOf("CONFORMANT"), console);
    }

    @Test
    void withoutFactsTheChecksThatNeedThemAreNotRunAndSayWhy() {
        List<ScenarioOutcome> needingFacts = summary.scenarios().stream()
                .filter(o -> o.scenario().tags().stream().anyMatch(t -> t.startsWith("@needs-fact:")))
                .toList();
        assertTrue(needingFacts.size() >= 3, "scenarios that need facts: " + needingFacts.size());
        for (ScenarioOutcome o : needingFacts) {
            assertEquals(
                    ScenarioOutcome.Status.NOT_RUN, o.status(), o.scenario().name());
            assertTrue(o.detail().contains("--facts"), o.detail());
        }
    }
}
