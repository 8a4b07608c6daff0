package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvent;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvent;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.http.ApiJson;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryLogTest {
    private final Target target =
            new Target("wht_1", URI.create("http://127.0.0.1:1/hooks"), WebhookSecret.generate(), Set.of());

    private Delivery delivery(String id, String event) {
        WebhookEnvelope envelope = WebhookEnvelope.of("evt_" + id, event(event, id), Instant.EPOCH, ApiJson.mapper());
        return new Delivery("whd_" + id, envelope, target);
    }

    private static DomainEvent event(String name, String id) {
        return name.startsWith("order.")
                ? new OrderEvent(
                        name, "order_" + id, 1, OrderStatus.PENDING, "a@example.com", List.of(), null, 0, "KWD")
                : new CustomerEvent(name, "cus_" + id, id + "@example.com", null, null, null);
    }

    @Test
    void keepsOnlyTheNewestDeliveriesNewestFirst() {
        DeliveryLog log = new DeliveryLog(3);
        for (int i = 1; i <= 5; i++) {
            log.add(delivery(Integer.toString(i), "order.placed"));
        }
        assertEquals(
                List.of("whd_5", "whd_4", "whd_3"),
                log.newest(d -> true, 10).stream().map(Delivery.Snapshot::id).toList());
        assertTrue(log.find("whd_1").isEmpty());
    }

    @Test
    void filtersBeforeItLimits() {
        DeliveryLog log = new DeliveryLog(10);
        log.add(delivery("1", "order.placed"));
        log.add(delivery("2", "customer.created"));
        log.add(delivery("3", "order.placed"));
        log.add(delivery("4", "customer.created"));
        List<Delivery.Snapshot> orders = log.newest(d -> d.envelope().event().equals("order.placed"), 1);
        assertEquals(
                List.of("whd_3"), orders.stream().map(Delivery.Snapshot::id).toList());
    }

    @Test
    void clearingStopsWhatWasStillPending() {
        DeliveryLog log = new DeliveryLog(10);
        Delivery pending = delivery("1", "order.placed");
        log.add(pending);
        log.clear().forEach(Delivery::stop);
        assertFalse(pending.isPending());
        assertTrue(log.newest(d -> true, 10).isEmpty());
    }

    @Test
    void anAttemptLineSaysWhatHappenedAndWhatComesNext() {
        Delivery d = delivery("1", "order.placed");
        Attempt attempt = new Attempt(2, Instant.EPOCH, 500, null, 3);
        assertEquals(
                "webhook order.placed evt_1 → http://127.0.0.1:1/hooks attempt 2/5: 500 in 3 ms, retry in 2 s",
                AttemptLine.of(d, attempt, 5, AttemptLine.retryIn(java.time.Duration.ofSeconds(2))));
        assertEquals("retry in 40 ms", AttemptLine.retryIn(java.time.Duration.ofMillis(40)));
    }
}
