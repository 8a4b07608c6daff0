package com.marqasouq.kit.conformance.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A WireMock server that accepts every webhook with 200 and keeps what it received. */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PATH = "/marqasouq/webhook";

    private final WireMockServer server;
    private final String host;

    private WebhookReceiver(WireMockServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Listens on {@code port} (0 = a free port) on all interfaces, so a remote target can reach it. */
    public static WebhookReceiver start(int port, String bindAddress) {
        WireMockServer server = new WireMockServer(options()
                .port(port)
                .bindAddress(bindAddress)
                .containerThreads(8)
                .jettyAcceptors(1));
        server.start();
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"received\":true}")
                        .withHeader("Content-Type", "application/json")));
        String host = "0.0.0.0".equals(bindAddress) ? "127.0.0.1" : bindAddress;
        return new WebhookReceiver(server, host);
    }

    /** The URL a target on this machine posts to. */
    public String url() {
        return "http://" + host + ":" + server.port() + PATH;
    }

    public int port() {
        return server.port();
    }

    public List<ReceivedWebhook> received() {
        List<ReceivedWebhook> out = new ArrayList<>();
        for (LoggedRequest request :
                server.getAllServeEvents().stream().map(e -> e.getRequest()).toList()) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpHeader h : request.getHeaders().all()) {
                headers.put(h.key().toLowerCase(Locale.ROOT), h.firstValue());
            }
            String body = request.getBodyAsString();
            out.add(new ReceivedWebhook(headers, body, parse(body)));
        }
        return out;
    }

    /** Waits up to {@code timeout} for a delivery that matches; the deliveries are asynchronous. */
    public Optional<ReceivedWebhook> await(Predicate<ReceivedWebhook> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ReceivedWebhook> found = received().stream().filter(match).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
