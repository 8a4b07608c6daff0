package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.stock.StockLevelEvent;
import com.marqasouq.kit.sandbox.store.InitialData;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --webhook-url} and {@code --webhook-secret}: targets and the secret a sandbox starts with. */
class WebhookConfigAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = Receiver.standalone();

    @Test
    void aSandboxStartedWithAWebhookUrlSignsWithTheGivenSecret() throws Exception {
        String secret = WebhookSecret.generate().text();
        SandboxConfig config = SandboxConfig.builder()
                .port(0)
                .empty(true)
                .webhookUrl(URI.create(receiver.answering("/odoo", 200)))
                .webhookSecret(secret)
                .webhookBaseDelay(Duration.ofMillis(10))
                .build();
        try (SandboxServer server = SandboxServer.start(config)) {
            assertEquals(secret, server.sandbox().webhookSecret());
            assertEquals(
                    List.of(URI.create(receiver.url("/odoo"))),
                    server.sandbox().webhooks().targets().stream()
                            .map(Target::url)
                            .toList());

            server.sandbox().store().write(tx -> {
                tx.emit(new StockLevelEvent("iitem_1", "SLEEVE", "sloc_01ABC", 605, 600, 600));
                return null;
            });

            Eventually.holds(() -> assertEquals(1, receiver.received("/odoo").size()));
            LoggedRequest request = receiver.received("/odoo").get(0);
            Receiver.assertSigned(request, secret);
        }
    }

    @Test
    void withoutASecretEachSandboxMakesItsOwn() {
        try (WebhookDispatcher one = new WebhookDispatcher(SandboxClock.system(), null, Duration.ofMillis(10));
                WebhookDispatcher two = new WebhookDispatcher(SandboxClock.system(), null, Duration.ofMillis(10))) {
            assertTrue(one.secret().matches("^whsec_[A-Za-z0-9+/=]+$"), one.secret());
            assertNotEquals(one.secret(), two.secret());
        }
    }

    @Test
    void aClosedDispatcherQueuesNothing() {
        WebhookDispatcher dispatcher = new WebhookDispatcher(SandboxClock.system(), null, Duration.ofMillis(10));
        dispatcher.addTarget(URI.create(receiver.url("/closed")));
        dispatcher.close();

        new com.marqasouq.kit.sandbox.domain.state.Store(InitialData.empty(), SandboxClock.system(), dispatcher)
                .write(tx -> {
                    tx.emit(new StockLevelEvent("iitem_1", "SLEEVE", "sloc_01ABC", 605, 600, 600));
                    return null;
                });

        assertEquals(List.of(), dispatcher.deliveries(null, null, 10));
    }
}
