package com.marqasouq.kit.sandbox.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveries;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.sandboxSecret;
import static com.marqasouq.kit.sandbox.webhook.Hooks.setStock;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.webhook.WebhookHeaders;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** At-least-once delivery (D20): retries with back-off, 5 attempts at a rejected event, every attempt recorded; redelivery. */
@ExtendWith(RunningSandbox.class)
class WebhookRetryAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttempt() {
        receiver.server()
                .stubFor(post(urlPathEqualTo("/flaky"))
                        .inScenario("flaky")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("failed once"));
        receiver.server()
                .stubFor(post(urlPathEqualTo("/flaky"))
                        .inScenario("flaky")
                        .whenScenarioStateIs("failed once")
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("failed twice"));
        receiver.server()
                .stubFor(post(urlPathEqualTo("/flaky"))
                        .inScenario("flaky")
                        .whenScenarioStateIs("failed twice")
                        .willReturn(aResponse().withStatus(200)));
        register(receiver.url("/flaky"));

        setStock(9);

        Eventually.holds(() -> assertEquals("delivered", deliveries().get(0).get("status")));
        Map<String, Object> delivery = deliveries().get(0);
        assertEquals(List.of(500, 500, 200), statusCodes(delivery));
        assertEquals(
                List.of(1, 2, 3),
                attempts(delivery).stream().map(a -> a.get("number")).toList());
        assertNull(delivery.get("next_attempt_at"));
        List<LoggedRequest> requests = receiver.received("/flaky");
        assertEquals(3, requests.size());
        for (LoggedRequest request : requests) {
            assertEquals(delivery.get("event_id"), request.getHeader(WebhookHeaders.ID));
            assertArrayEquals(requests.get(0).getBody(), request.getBody());
            Receiver.assertSigned(request, sandboxSecret());
        }
    }

    @Test
    void aReceiverThatAlwaysRejectsEndsFailedAfterFiveAttemptsSpacedByTheBackOff() {
        register(receiver.answering("/down", 422));

        setStock(8);

        Eventually.holds(() -> assertEquals("failed", deliveries().get(0).get("status")));
        Map<String, Object> delivery = deliveries().get(0);
        assertEquals(List.of(422, 422, 422, 422, 422), statusCodes(delivery));
        assertEquals(5, receiver.received("/down").size());
        // Lower bounds only: base 10 ms, then 20, 40, 80 ms (RunningSandbox's webhookBaseDelay).
        List<Instant> at = attempts(delivery).stream()
                .map(a -> Instant.parse((String) a.get("at")))
                .toList();
        for (int n = 1; n < 5; n++) {
            long gap = at.get(n).toEpochMilli() - at.get(n - 1).toEpochMilli();
            assertTrue(gap >= 10L << (n - 1), "gap after attempt " + n + " was " + gap + " ms");
        }
        assertEquals(
                1, Hooks.deliveriesJson("?status=failed").getList("deliveries").size());
        assertEquals(
                0,
                Hooks.deliveriesJson("?status=delivered").getList("deliveries").size());
    }

    @Test
    void aReceiverThatRefusesConnectionsIsRetriedPastFiveAttemptsWithTheErrorOfEachAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        register("http://127.0.0.1:" + closedPort + "/hooks");

        setStock(6);

        // A receiver that is down is not given up on: the event stays pending until it answers.
        Eventually.holds(() -> assertTrue(attempts(deliveries().get(0)).size() > 5));
        assertEquals("pending", deliveries().get(0).get("status"));
        List<Map<String, Object>> attempts = attempts(deliveries().get(0));
        for (Map<String, Object> attempt : attempts) {
            assertNull(attempt.get("status_code"));
            assertNotNull(attempt.get("error"));
        }
    }

    @Test
    void redeliveringSendsTheSameEventIdAndBodyFreshlySignedAsANewDelivery() {
        String target = register(receiver.answering("/hooks", 200));
        setStock(5);
        Eventually.holds(() -> assertEquals("delivered", deliveries().get(0).get("status")));
        Map<String, Object> original = deliveries().get(0);

        ControlApi.controls()
                .post("/_sandbox/webhook-deliveries/" + original.get("id") + "/redeliver")
                .then()
                .statusCode(202)
                .body("id", not(equalTo(original.get("id"))))
                .body("event_id", equalTo(original.get("event_id")))
                .body("target_id", equalTo(target))
                .body("status", equalTo("pending"))
                .body("attempts", empty())
                .body("payload", equalTo(original.get("payload")));

        Eventually.holds(() -> assertEquals(2, receiver.received("/hooks").size()));
        List<LoggedRequest> requests = receiver.received("/hooks");
        assertEquals(
                requests.get(0).getHeader(WebhookHeaders.ID), requests.get(1).getHeader(WebhookHeaders.ID));
        assertArrayEquals(requests.get(0).getBody(), requests.get(1).getBody());
        requests.forEach(r -> Receiver.assertSigned(r, sandboxSecret()));
        Eventually.holds(() -> assertEquals(
                List.of("delivered", "delivered"),
                deliveries().stream().map(d -> d.get("status")).toList()));
        assertEquals(original.get("id"), deliveries().get(1).get("id"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }

    private static List<Object> statusCodes(Map<String, Object> delivery) {
        return attempts(delivery).stream().map(a -> a.get("status_code")).toList();
    }
}
