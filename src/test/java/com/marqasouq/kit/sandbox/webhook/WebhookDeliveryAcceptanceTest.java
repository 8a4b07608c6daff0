package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveries;
import static com.marqasouq.kit.sandbox.webhook.Hooks.deliveriesJson;
import static com.marqasouq.kit.sandbox.webhook.Hooks.emitCustomer;
import static com.marqasouq.kit.sandbox.webhook.Hooks.emitOrder;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.sandboxSecret;
import static com.marqasouq.kit.sandbox.webhook.Hooks.setStock;
import static com.marqasouq.kit.sandbox.webhook.Hooks.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.StrictReading;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvents;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvents;
import com.marqasouq.kit.sandbox.domain.stock.StockEvents;
import com.marqasouq.kit.webhook.WebhookHeaders;
import com.marqasouq.kit.webhook.WebhookSecret;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a receiver gets: signed envelopes that match the contract, one per event (D20). */
@ExtendWith(RunningSandbox.class)
class WebhookDeliveryAcceptanceTest {
    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void everyEventArrivesSignedWithTheSandboxSecretAndMatchesItsSchema() {
        register(receiver.answering("/hooks", 200));

        emitOrder(OrderEvents.PLACED);
        emitOrder(OrderEvents.UPDATED);
        emitOrder(OrderEvents.CANCELED);
        emitOrder(OrderEvents.COMPLETED);
        emitCustomer(CustomerEvents.CREATED);
        emitCustomer(CustomerEvents.UPDATED);
        setStock(42);

        Eventually.holds(() -> assertEquals(7, receiver.received("/hooks").size()));
        for (LoggedRequest request : receiver.received("/hooks")) {
            Receiver.assertSigned(request, sandboxSecret());
            JsonPath body = JsonPath.from(request.getBodyAsString());
            String event = body.getString("event");
            assertEquals(List.of(), StrictReading.webhooks().problems(event, request.getBodyAsString()), event);
            assertEquals(request.getHeader(WebhookHeaders.ID), body.getString("id"));
            assertTrue(body.getString("id").matches("^evt_[0-9A-Z]{26}$"), body.getString("id"));
            assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
            assertTrue(
                    request.getHeader("User-Agent").startsWith("MarqaSouq-Odoo-Kit"), request.getHeader("User-Agent"));
        }
        Set<String> events = receiver.received("/hooks").stream()
                .map(r -> JsonPath.from(r.getBodyAsString()).getString("event"))
                .collect(Collectors.toSet());
        assertEquals(WebhookDispatcher.EVENTS, events);
        Eventually.holds(() -> assertEquals(
                7, deliveriesJson("?status=delivered").getList("deliveries").size()));
    }

    @Test
    void theOrderEventCarriesTheDocumentsOrderShapeWithStatus() {
        register(receiver.answering("/hooks", 200));
        emitOrder(OrderEvents.PLACED);

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        JsonPath data = JsonPath.from(receiver.received("/hooks").get(0).getBodyAsString())
                .setRootPath("data");
        assertEquals("order_01ABC123", data.getString("id"));
        assertEquals(1001, data.getInt("display_id"));
        assertEquals("pending", data.getString("status"));
        assertEquals("LG-CPFL1625", data.getString("items[0].sku"));
        assertEquals(151000L, data.getLong("total"));
        assertEquals("KWD", data.getString("currency_code"));
    }

    @Test
    void theEnvelopeTimestampFollowsTheSandboxClockWhileTheSignatureUsesRealTime() {
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T10:30:00Z"), true);
        register(receiver.answering("/hooks", 200));
        setStock(7);

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        LoggedRequest request = receiver.received("/hooks").get(0);
        assertEquals(
                "2026-01-30T10:30:00.000Z",
                JsonPath.from(request.getBodyAsString()).getString("timestamp"));
        long signedAt = Long.parseLong(request.getHeader(WebhookHeaders.TIMESTAMP));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - signedAt) < 60, "signed at " + signedAt);
        Receiver.assertSigned(request, sandboxSecret());
    }

    @Test
    void aTargetWithItsOwnSecretGetsSignaturesThatOnlyItsSecretVerifies() {
        String own = WebhookSecret.generate().text();
        register(target(receiver.answering("/own", 200), own, null));
        emitCustomer(CustomerEvents.CREATED);

        Eventually.holds(() -> assertEquals(1, receiver.received("/own").size()));
        LoggedRequest request = receiver.received("/own").get(0);
        Receiver.assertSigned(request, own);
        assertThrows(AssertionError.class, () -> Receiver.assertSigned(request, sandboxSecret()));
    }

    @Test
    void aTargetOnlyGetsTheEventsItAskedFor() {
        register(target(
                receiver.answering("/customers", 200), null, List.of(CustomerEvents.CREATED, CustomerEvents.UPDATED)));
        register(receiver.answering("/all", 200));

        emitOrder(OrderEvents.PLACED);
        setStock(3);
        emitCustomer(CustomerEvents.CREATED);

        Eventually.holds(() -> assertEquals(
                4, deliveriesJson("?status=delivered").getList("deliveries").size()));
        assertEquals(3, receiver.received("/all").size());
        List<LoggedRequest> filtered = receiver.received("/customers");
        assertEquals(1, filtered.size());
        assertEquals(
                CustomerEvents.CREATED,
                JsonPath.from(filtered.get(0).getBodyAsString()).getString("event"));
    }

    @Test
    void aRemovedTargetGetsNoFurtherEvents() {
        String removed = register(receiver.answering("/removed", 200));
        register(receiver.answering("/kept", 200));
        emitOrder(OrderEvents.PLACED);
        Eventually.holds(() -> assertEquals(1, receiver.received("/removed").size()));

        ControlApi.controls().delete("/_sandbox/webhooks/" + removed).then().statusCode(204);
        emitOrder(OrderEvents.UPDATED);

        Eventually.holds(() -> assertEquals(2, receiver.received("/kept").size()));
        assertEquals(1, receiver.received("/removed").size());
        List<Map<String, Object>> updates =
                deliveriesJson("?event=order.updated").getList("deliveries");
        assertEquals(1, updates.size());
        assertTrue(updates.get(0).get("url").toString().endsWith("/kept"));
    }

    @Test
    void eventsReachOneTargetInTheOrderTheyWereEmitted() {
        register(receiver.answering("/hooks", 200));
        for (int quantity = 1; quantity <= 20; quantity++) {
            setStock(quantity);
        }

        Eventually.holds(() -> assertEquals(20, receiver.received("/hooks").size()));
        List<Integer> arrived = receiver.received("/hooks").stream()
                .map(r -> JsonPath.from(r.getBodyAsString()).getInt("data.stocked_quantity"))
                .toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), arrived);
    }

    @Test
    void aCommandThatIsRefusedSendsNoWebhook() {
        register(receiver.answering("/hooks", 200));
        assertThrows(
                DomainException.class,
                () -> RunningSandbox.sandbox().store().write(tx -> {
                    OrderEvents.emit(tx, OrderEvents.CANCELED, tx.state().order(Hooks.ORDER));
                    throw DomainException.conflict("CONFLICT", "refused after emitting");
                }));
        setStock(11);

        Eventually.holds(() -> assertEquals(1, receiver.received("/hooks").size()));
        assertEquals(
                StockEvents.UPDATED,
                JsonPath.from(receiver.received("/hooks").get(0).getBodyAsString())
                        .getString("event"));
        assertEquals(1, deliveries().size());
    }

    @Test
    void clearingTheDeliveriesKeepsTheTargets() {
        String target = register(receiver.answering("/hooks", 200));
        setStock(12);
        Eventually.holds(() -> assertEquals(1, deliveries().size()));

        RunningSandbox.sandbox().webhooks().clearDeliveries();

        assertEquals(List.of(), deliveries());
        assertEquals(
                List.of(target),
                ControlApi.controls()
                        .get("/_sandbox/webhooks")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("targets.id"));
        setStock(13);
        Eventually.holds(() -> assertEquals(2, receiver.received("/hooks").size()));
    }
}
