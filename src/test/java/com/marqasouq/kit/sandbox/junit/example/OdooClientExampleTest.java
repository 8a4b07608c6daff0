package com.marqasouq.kit.sandbox.junit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.generated.control.model.AddFaultRequest;
import com.marqasouq.kit.generated.control.model.PlacedOrder;
import com.marqasouq.kit.sandbox.junit.SandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Java client's tests against a sandbox of their own: one for the class, reset before each test. */
class OdooClientExampleTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.perClass().resetBeforeEachTest();

    // HTTP/1.1: the sandbox does not take up the h2c upgrade that the JDK client offers by default.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "Bearer " + sandbox.sandbox().adminToken())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPlacedOrderIsListedAsPending() throws Exception {
        PlacedOrder order = sandbox.controls().placeOrder("cus_01XYZ", "SLEEVE", 2);

        HttpResponse<String> pending = get("/admin/orders?status=pending&limit=1000");

        assertEquals(200, pending.statusCode());
        assertTrue(pending.body().contains(order.getId()));
    }

    @Test
    void theClientSeesTheRateLimitItMustRetry() throws Exception {
        sandbox.controls()
                .addFault(new AddFaultRequest("/admin/orders")
                        .method(AddFaultRequest.MethodEnum.GET)
                        .status(429)
                        .retryAfter(2)
                        .times(1));

        HttpResponse<String> limited = get("/admin/orders");

        assertEquals(429, limited.statusCode());
        assertEquals("2", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, get("/admin/orders").statusCode());
    }

    @Test
    void aFrozenClockStampsNewOrders() {
        Instant sync = Instant.parse("2026-02-01T08:00:00Z");
        sandbox.controls().freezeClock(sync);

        PlacedOrder order = sandbox.controls().placeOrder("cus_01XYZ", "SLEEVE", 1);
        sandbox.controls().advanceClock(Duration.ofHours(1));

        assertEquals(sync, order.getCreatedAt().toInstant());
        assertEquals(sync.plusSeconds(3600), sandbox.controls().clock().getNow().toInstant());
    }
}
