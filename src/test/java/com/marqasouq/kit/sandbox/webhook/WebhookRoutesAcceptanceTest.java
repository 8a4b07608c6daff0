package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveries;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.sandboxSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.StrictReading;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhooks caused by the real API routes (the other webhook tests cause events with store
 * commands).
 */
@ExtendWith(RunningSandbox.class)
class WebhookRoutesAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void creatingACustomerSendsCustomerCreatedWithTheDocumentsShape() {
        register(receiver.answering("/hooks", 200));

        String id = RunningSandbox.api()
                .body(Map.of(
                        "email",
                        "newcustomer@example.com",
                        "first_name",
                        "Ahmed",
                        "last_name",
                        "Al-Rashid",
                        "phone",
                        "+965-12345678"))
                .post("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .path("customer.id");

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        LoggedRequest request = receiver.received("/hooks").get(0);
        Receiver.assertSigned(request, sandboxSecret());
        assertEquals(List.of(), StrictReading.webhooks().problems("customer.created", request.getBodyAsString()));
        JsonPath body = JsonPath.from(request.getBodyAsString());
        assertEquals("customer.created", body.getString("event"));
        assertEquals(
                Map.of(
                        "id",
                        id,
                        "email",
                        "newcustomer@example.com",
                        "first_name",
                        "Ahmed",
                        "last_name",
                        "Al-Rashid",
                        "phone",
                        "+965-12345678"),
                body.getMap("data"));
    }

    @Test
    void placingAnOrderThroughTheControlsSendsASignedOrderPlaced() {
        register(receiver.answering("/hooks", 200));

        String id = RunningSandbox.control()
                .body(Map.of("customer_id", "cus_01XYZ", "items", List.of(Map.of("sku", "SLEEVE", "quantity", 2))))
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("order.id");

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        LoggedRequest request = receiver.received("/hooks").get(0);
        Receiver.assertSigned(request, sandboxSecret());
        assertEquals(List.of(), StrictReading.webhooks().problems("order.placed", request.getBodyAsString()));
        JsonPath body = JsonPath.from(request.getBodyAsString());
        assertEquals("order.placed", body.getString("event"));
        assertEquals(id, body.getString("data.id"));
        assertEquals("SLEEVE", body.getString("data.items[0].sku"));
        assertEquals(2, body.getInt("data.items[0].quantity"));
        assertEquals("KWD", body.getString("data.currency_code"));
        assertEquals(body.getString("id"), request.getHeader("webhook-id"));
    }

    @Test
    void updatingAnOrdersMetadataSendsOrderUpdated() {
        register(receiver.answering("/hooks", 200));

        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_order_id", "SO001")))
                .post("/admin/orders/" + Hooks.ORDER)
                .then()
                .statusCode(200);

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        LoggedRequest request = receiver.received("/hooks").get(0);
        Receiver.assertSigned(request, sandboxSecret());
        assertEquals(List.of(), StrictReading.webhooks().problems("order.updated", request.getBodyAsString()));
        assertEquals(Hooks.ORDER, JsonPath.from(request.getBodyAsString()).getString("data.id"));
    }

    @Test
    void anApiRequestIsAnsweredWhileTheReceiverHangs() throws Exception {
        try (HangingReceiver hanging = new HangingReceiver(200)) {
            register(hanging.url());

            RunningSandbox.api()
                    .body(Map.of("email", "hanging@example.com"))
                    .post("/admin/customers")
                    .then()
                    .statusCode(200);

            assertTrue(hanging.awaitArrival());
            assertEquals(0, hanging.answered());
            assertEquals("pending", deliveries().get(0).get("status"));
            hanging.release();
            Eventually.holds(() -> assertEquals("delivered", deliveries().get(0).get("status")));
        }
    }
}
