package com.marqasouq.kit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A target without sandbox controls (the sandbox behind a proxy that hides /_sandbox), whose
 * operator pointed the webhooks at --webhook-listen: the webhook scenarios that need no
 * controls run, and the signatures are checked with --webhook-secret.
 */
class ConformanceWebhooksWithoutControlsTest {
    private static final String TAGS = "@webhooks";

    private final WebhookSecret secret = WebhookSecret.generate();
    private int listenPort;
    private SandboxServer sandbox;
    private WireMockServer proxy;

    @BeforeEach
    void start() throws IOException {
        listenPort = freePort();
        sandbox = SandboxServer.start(SandboxConfig.builder()
                .port(0)
                .webhookUrl(URI.create("http://127.0.0.1:" + listenPort + "/marqasouq/webhook"))
                .webhookSecret(secret.text())
                .build());
        proxy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        proxy.start();
        proxy.stubFor(any(urlPathMatching("/_sandbox/.*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        proxy.stubFor(any(anyUrl())
                .atPriority(10)
                .willReturn(aResponse().proxiedFrom(sandbox.baseUri().toString())));
    }

    @AfterEach
    void stop() {
        proxy.stop();
        sandbox.close();
    }

    @Test
    void theWebhooksArriveAtTheListenPortSignedWithTheOperatorsSecret() throws Exception {
        ConformanceSummary summary = run(secret.text(), "with-secret");

        assertEquals(Map.of(), failures(summary));
        long passed = summary.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.PASSED)
                .count();
        assertTrue(passed >= 4, "customer and inventory webhook scenarios ran: " + passed);
    }

    @Test
    void withoutTheSecretTheSignatureChecksSayWhatIsMissing() throws Exception {
        Map<String, String> failures = failures(run(null, "without-secret"));

        assertTrue(
                failures.containsKey("Creating a customer sends customer.created with the customer's details"),
                failures.toString());
        assertTrue(
                failures.values().stream().allMatch(detail -> detail.contains("--webhook-secret")),
                failures.toString());
    }

    private ConformanceSummary run(String webhookSecret, String reports) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ConformanceRunner runner = new ConformanceRunner(new PrintStream(console, true, StandardCharsets.UTF_8));
        runner.run(new ConformanceOptions(
                URI.create(proxy.baseUrl()),
                "admin@marqasouq.com",
                "admin_password",
                TAGS,
                Path.of("target", "conformance-reports", "webhooks-" + reports),
                List.of(),
                listenPort,
                webhookSecret,
                false));
        assertTrue(!runner.lastSummary().sandboxControls(), "the proxy hides the sandbox controls");
        return runner.lastSummary();
    }

    private static Map<String, String> failures(ConformanceSummary summary) {
        return summary.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                .collect(Collectors.toMap(o -> o.scenario().name(), ScenarioOutcome::detail, (a, b) -> a + " | " + b));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
