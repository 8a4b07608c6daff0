package com.marqasouq.kit.sandbox.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.generated.control.model.StateSummary;
import com.marqasouq.kit.sandbox.client.SandboxControlException;
import com.marqasouq.kit.sandbox.client.SandboxControls;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LocalSandboxTest {
    // HTTP/1.1: the sandbox does not take up the h2c upgrade that the JDK client offers by default.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private int health(URI base) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aSandboxStartsOnAFreePortWithItsSettingsAndStopsWhenClosed() throws Exception {
        URI base;
        try (LocalSandbox sandbox =
                LocalSandbox.start(config -> config.empty(true).admin("ops@example.com", "s3cret"))) {
            base = sandbox.baseUrl();
            assertTrue(base.toString().matches("http://127\\.0\\.0\\.1:\\d+"), base.toString());
            assertEquals(200, health(base));
            assertEquals("ops@example.com", sandbox.adminEmail());
            assertTrue(sandbox.webhookSecret().startsWith("whsec_"), "a secret to verify webhooks");

            StateSummary empty = sandbox.controls().reset();
            assertEquals(0, empty.getOrders());
            assertEquals(1, empty.getStockLocations());
        }
        // A new connection, not one the HTTP client keeps alive from before.
        assertThrows(
                ConnectException.class,
                () -> new Socket(base.getHost(), base.getPort()).close(),
                "nothing listens any more");
    }

    @Test
    void aRefusedControlIsAnExceptionWithTheSandboxsStatusCodeAndMessage() {
        try (LocalSandbox sandbox = LocalSandbox.start(config -> config.empty(true))) {
            SandboxControlException refused = assertThrows(
                    SandboxControlException.class, () -> sandbox.controls().placeOrder("cus_NOBODY", "SKU-1", 1));

            assertEquals(404, refused.status());
            assertEquals("NOT_FOUND", refused.code());
            assertTrue(refused.getMessage().startsWith("POST /_sandbox/orders answered 404: "), refused.getMessage());
        }
    }

    @Test
    void wrongCredentialsAreRefusedAtTheFirstControl() {
        try (LocalSandbox sandbox = LocalSandbox.start(config -> config.empty(true))) {
            SandboxControls controls = SandboxControls.connect(sandbox.baseUrl(), sandbox.adminEmail(), "wrong");

            SandboxControlException refused = assertThrows(SandboxControlException.class, controls::clock);

            assertEquals(401, refused.status());
        }
    }
}
