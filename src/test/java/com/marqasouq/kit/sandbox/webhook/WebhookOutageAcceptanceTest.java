package com.marqasouq.kit.sandbox.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveries;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.setStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.webhook.WebhookHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A receiver that is down loses nothing: its events wait in its queue (one probe at a time, the
 * rest spending no attempts) and all arrive, in order, once it answers again.
 */
@ExtendWith(RunningSandbox.class)
class WebhookOutageAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void eventsQueuedDuringAnOutageAreAllDeliveredInOrderAfterIt() {
        receiver.answering("/odoo", 503);
        register(receiver.url("/odoo"));

        for (int stock = 1; stock <= 10; stock++) {
            setStock(stock);
        }
        // The oldest event probes the receiver well past D20's five attempts; the others wait untouched.
        Eventually.holds(() -> assertTrue(
                attempts(oldest()).size() >= 7,
                "attempts: " + attempts(oldest()).size()));
        List<Map<String, Object>> waiting = deliveries();
        assertEquals(10, waiting.size());
        assertTrue(waiting.stream().allMatch(d -> "pending".equals(d.get("status"))));
        assertEquals(9, waiting.stream().filter(d -> attempts(d).isEmpty()).count());

        receiver.answering("/odoo", 200);

        Eventually.holds(() ->
                assertTrue(deliveries().stream().allMatch(d -> "delivered".equals(d.get("status"))), "all delivered"));
        List<String> delivered = receiver.received("/odoo").stream()
                .filter(r -> true)
                .map(r -> r.getHeader(WebhookHeaders.ID))
                .distinct()
                .toList();
        List<String> emitted = new ArrayList<>(
                deliveries().stream().map(d -> (String) d.get("event_id")).toList());
        Collections.reverse(emitted); // the list is newest first
        assertEquals(emitted, delivered, "every event, in the order it was emitted");
        System.out.println("webhook outage: " + emitted.size() + " events queued during the outage, " + delivered.size()
                + " delivered after it");
    }

    @Test
    void aReceiverThatRejectsAnEventEndsItFailedAfterFiveAttempts() {
        register(receiver.answering("/rejects", 400));

        setStock(7);

        Eventually.holds(() -> assertEquals("failed", oldest().get("status")));
        assertEquals(5, attempts(oldest()).size());
        assertEquals(5, receiver.received("/rejects").size());
    }

    @Test
    void aRetryWaitsAsLongAsTheReceiversRetryAfter() {
        receiver.server()
                .stubFor(post(urlPathEqualTo("/busy"))
                        .inScenario("busy")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                        .willSetStateTo("ready"));
        receiver.server()
                .stubFor(post(urlPathEqualTo("/busy"))
                        .inScenario("busy")
                        .whenScenarioStateIs("ready")
                        .willReturn(aResponse().withStatus(200)));
        register(receiver.url("/busy"));

        setStock(6);

        Eventually.holds(() -> assertEquals("delivered", oldest().get("status")));
        List<LoggedRequest> requests = receiver.received("/busy");
        assertEquals(2, requests.size());
        long gap = requests.get(1).getLoggedDate().getTime()
                - requests.get(0).getLoggedDate().getTime();
        // Lower bound only: the back-off alone would be 10 ms here (RunningSandbox's base delay).
        assertTrue(gap >= 950, "waited " + gap + " ms");
        List<Map<String, Object>> attempts = attempts(oldest());
        assertTrue(Instant.parse((String) attempts.get(1).get("at"))
                .isAfter(Instant.parse((String) attempts.get(0).get("at")).plusMillis(900)));
    }

    private static Map<String, Object> oldest() {
        List<Map<String, Object>> all = deliveries();
        return all.get(all.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }
}
