package com.marqasouq.kit.sandbox.domain.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutTest {
    private final List<DomainEvent> published = new ArrayList<>();
    private final Store store = new Store(
            InitialData.defaults(),
            new SandboxClock(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC)),
            published::addAll);
    private final Checkout checkout = new Checkout(store);

    private static Checkout.Request cart(String customerId, String sku) {
        return new Checkout.Request(customerId, null, List.of(new Checkout.Line(sku, 2)), null, 1000, Map.of());
    }

    @Test
    void placingAnOrderEmitsOrderPlacedWithTheDocumentsShape() {
        String id = checkout.place(cart("cus_01XYZ", "SLEEVE"), o -> o.id);

        assertEquals(1, published.size());
        OrderEvent event = (OrderEvent) published.get(0);
        assertEquals("order.placed", event.name());
        assertEquals(id, event.id());
        assertEquals(OrderStatus.PENDING, event.status());
        assertEquals(4000L, event.total());
        assertEquals("KWD", event.currencyCode());
    }

    @Test
    void aRefusedOrderEmitsNothingAndUsesNoDisplayId() {
        assertThrows(DomainException.class, () -> checkout.place(cart("cus_01XYZ", "NOPE"), o -> o.id));
        assertThrows(DomainException.class, () -> checkout.place(cart("cus_NOBODY", "SLEEVE"), o -> o.id));

        assertTrue(published.isEmpty());
        int last = store.read(state ->
                state.orders().stream().mapToInt(o -> o.displayId).max().orElse(1000));
        assertEquals(last + 1, (int) checkout.place(cart("cus_01XYZ", "SLEEVE"), o -> o.displayId));
    }

    @Test
    void theOrderTakesItsTimesFromTheSandboxClock() {
        Instant created = checkout.place(cart("cus_01XYZ", "SLEEVE"), o -> o.createdAt);

        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), created);
    }
}
