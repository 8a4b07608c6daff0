package com.marqasouq.kit.sandbox.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.webhook.WebhookHeaders;
import com.marqasouq.kit.webhook.WebhookSecret;
import com.marqasouq.kit.webhook.WebhookVerificationException;
import com.marqasouq.kit.webhook.WebhookVerifier;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock webhook receiver on a free port and, for the shared sandbox, a clean webhook set-up:
 * no targets and no deliveries before and after each test, so no other test gets our webhooks.
 */
final class Receiver implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final boolean sharedSandbox;
    private WireMockServer server;

    /** For tests of the shared {@link RunningSandbox}, whose webhooks it cleans up. */
    Receiver() {
        this(true);
    }

    private Receiver(boolean sharedSandbox) {
        this.sharedSandbox = sharedSandbox;
    }

    /** For tests that start their own sandbox. */
    static Receiver standalone() {
        return new Receiver(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        if (sharedSandbox) {
            forgetWebhooks();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (sharedSandbox) {
            forgetWebhooks();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    static void forgetWebhooks() {
        WebhookDispatcher webhooks = RunningSandbox.sandbox().webhooks();
        webhooks.targets().forEach(t -> webhooks.removeTarget(t.id()));
        webhooks.clearDeliveries();
    }

    WireMockServer server() {
        return server;
    }

    /** WireMock's own base URL says localhost; the sandbox should only talk to 127.0.0.1. */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** {@code path} answers {@code status} to every webhook. */
    String answering(String path, int status) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return url(path);
    }

    List<LoggedRequest> received(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** Fails unless the request is signed with {@code secret} over its exact body. */
    static void assertSigned(LoggedRequest request, String secret) {
        try {
            new WebhookVerifier(WebhookSecret.parse(secret))
                    .verify(
                            request.getHeader(WebhookHeaders.ID),
                            request.getHeader(WebhookHeaders.TIMESTAMP),
                            request.getHeader(WebhookHeaders.SIGNATURE),
                            request.getBody());
        } catch (WebhookVerificationException e) {
            throw new AssertionError("The webhook's signature does not verify: " + e.getMessage(), e);
        }
    }
}
