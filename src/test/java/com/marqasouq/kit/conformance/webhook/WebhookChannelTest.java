package com.marqasouq.kit.conformance.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.webhook.WebhookHeaders;
import com.marqasouq.kit.webhook.WebhookSecret;
import com.marqasouq.kit.webhook.WebhookSigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run's webhook channel: one registration on the sandbox, and signature checks that can fail. */
class WebhookChannelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY =
            "{\"id\":\"evt_1\",\"event\":\"customer.created\",\"timestamp\":\"2026-01-30T10:00:00.000Z\","
                    + "\"data\":{\"id\":\"cus_1\",\"email\":\"a@example.com\"}}";

    private final WebhookReceiver receiver = WebhookReceiver.start(0, "127.0.0.1");

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void onTheSandboxTheReceiverIsRegisteredOnceWithAFreshSecret() throws Exception {
        WebhookChannel channel = WebhookChannel.of(receiver, true, null);
        List<String> bodies = new ArrayList<>();
        channel.registerOnce(body -> register(bodies, body));
        channel.registerOnce(body -> register(bodies, body));

        assertEquals(1, bodies.size());
        JsonNode registration = JSON.readTree(bodies.get(0));
        assertEquals(receiver.url(), registration.get("url").asText());
        assertTrue(registration.get("secret").asText().startsWith("whsec_"), "a whsec_ secret");
    }

    @Test
    void theSandboxTargetIsRemovedOnceAtTheEnd() {
        WebhookChannel channel = WebhookChannel.of(receiver, true, null);
        List<String> removed = new ArrayList<>();
        channel.unregister(removed::add);
        channel.registerOnce(body -> "wht_1");
        channel.unregister(removed::add);
        channel.unregister(removed::add);

        assertEquals(List.of("wht_1"), removed);
    }

    @Test
    void onTheSandboxTheOperatorsSecretIsRegisteredWhenGiven() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        List<String> bodies = new ArrayList<>();
        WebhookChannel.of(receiver, true, secret.text()).registerOnce(body -> register(bodies, body));

        assertEquals(secret.text(), JSON.readTree(bodies.get(0)).get("secret").asText());
    }

    @Test
    void elsewhereNothingIsRegisteredAndTheOperatorsSecretVerifies() {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookChannel channel = WebhookChannel.of(receiver, false, secret.text());
        channel.registerOnce(body -> {
            throw new AssertionError("registered on a target without sandbox controls");
        });
        channel.unregister(id -> {
            throw new AssertionError("removed a target from a target without sandbox controls");
        });
        assertDoesNotThrow(() -> channel.assertSigned(signed(secret, BODY, BODY)));
    }

    @Test
    void aChangedBodyOrAnotherSecretFailsTheCheck() {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookChannel channel = WebhookChannel.of(receiver, false, secret.text());

        AssertionError changed = assertThrows(
                AssertionError.class, () -> channel.assertSigned(signed(secret, BODY, BODY.replace("cus_1", "cus_2"))));
        assertTrue(changed.getMessage().contains("not validly signed"), changed.getMessage());
        assertThrows(AssertionError.class, () -> channel.assertSigned(signed(WebhookSecret.generate(), BODY, BODY)));
    }

    @Test
    void withoutTheOperatorsSecretTheCheckSaysWhatIsNeeded() {
        AssertionError missing = assertThrows(
                AssertionError.class,
                () -> WebhookChannel.of(receiver, false, null)
                        .assertSigned(signed(WebhookSecret.generate(), BODY, BODY)));
        assertTrue(missing.getMessage().contains("--webhook-secret"), missing.getMessage());

        AssertionError bad = assertThrows(
                AssertionError.class,
                () -> WebhookChannel.of(receiver, false, "whsec_***")
                        .assertSigned(signed(WebhookSecret.generate(), BODY, BODY)));
        assertTrue(bad.getMessage().contains("--webhook-secret"), bad.getMessage());
    }

    @Test
    void withoutAReceiverTheRunSaysHowToGetOne() {
        AssertionError none = assertThrows(
                AssertionError.class, () -> WebhookChannel.of(null, false, null).receiver());
        assertTrue(none.getMessage().contains("--webhook-listen"), none.getMessage());
    }

    private static String register(List<String> bodies, String body) {
        bodies.add(body);
        return "wht_" + bodies.size();
    }

    private static ReceivedWebhook signed(WebhookSecret secret, String signedBody, String deliveredBody)
            throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String signature = new WebhookSigner(secret).sign("evt_1", now, signedBody);
        Map<String, String> headers = Map.of(
                WebhookHeaders.ID,
                "evt_1",
                WebhookHeaders.TIMESTAMP,
                Long.toString(now),
                WebhookHeaders.SIGNATURE,
                signature);
        return new ReceivedWebhook(headers, deliveredBody, JSON.readTree(deliveredBody));
    }
}
