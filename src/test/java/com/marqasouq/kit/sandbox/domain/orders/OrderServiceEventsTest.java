package com.marqasouq.kit.sandbox.domain.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D20: each order command announces exactly one event, the most specific one, and a refusal none. */
class OrderServiceEventsTest {
    private static final OrderRenderer<String> STATUS = (order, customer) -> order.status.value();

    private final List<DomainEvent> events = new ArrayList<>();
    private final Store store = new Store(
            InitialData.empty(),
            new SandboxClock(Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC)),
            events::addAll);
    private final OrderService orders = new OrderService(store);

    @BeforeEach
    void aPendingOrderOfTwoUnits() {
        TestOrders.addTo(
                store, TestOrders.order("order_EVT", "2027-03-01T10:00:00.000Z", o -> o.items.get(0).quantity = 2));
    }

    @Test
    void anUpdateEmitsOrderUpdated() {
        orders.update("order_EVT", new OrderChanges(null, Map.of("odoo_synced", true)), STATUS);

        assertThat(names(), contains("order.updated"));
        assertThat(order(0).id(), equalTo("order_EVT"));
    }

    @Test
    void aFulfillmentEmitsOrderUpdated() {
        orders.fulfill("order_EVT", List.of(new FulfillmentLine("item_EVT", 1)), Map.of(), STATUS);

        assertThat(names(), contains("order.updated"));
    }

    @Test
    void aCancelEmitsOnlyOrderCanceledWithTheNewStatus() {
        orders.cancel("order_EVT", STATUS);

        assertThat(names(), contains("order.canceled"));
        assertThat(order(0).status(), equalTo(OrderStatus.CANCELED));
    }

    @Test
    void aCompletionEmitsOnlyOrderCompleted() {
        orders.complete("order_EVT", STATUS);

        assertThat(names(), contains("order.completed"));
        assertThat(order(0).status(), equalTo(OrderStatus.COMPLETED));
    }

    @Test
    void anOdooSyncWithoutStatusEmitsOrderUpdated() {
        orders.syncFromOdoo("order_EVT", new OdooSync(null, "SO/2027/000001", "synced", null), STATUS);

        assertThat(names(), contains("order.updated"));
    }

    @Test
    void anOdooSyncThatCompletesEmitsOnlyOrderCompleted() {
        orders.syncFromOdoo(
                "order_EVT", new OdooSync("completed", "SO/2027/000001", "invoiced", Map.of("a", 1)), STATUS);

        assertThat(names(), contains("order.completed"));
    }

    @Test
    void anOdooSyncThatCancelsEmitsOnlyOrderCanceled() {
        orders.syncFromOdoo("order_EVT", new OdooSync("canceled", null, "cancel", null), STATUS);

        assertThat(names(), contains("order.canceled"));
    }

    @Test
    void theSyncDateIsTheSandboxClockWithMilliseconds() {
        orders.syncFromOdoo("order_EVT", new OdooSync(null, "SO/1", null, null), STATUS);

        Object syncDate = store.read(state -> state.order("order_EVT").metadata.get("odoo_sync_date"));
        assertThat(syncDate, equalTo("2027-03-01T12:00:00.000Z"));
    }

    @Test
    void aRefusedCommandEmitsNothingAndChangesNothing() {
        orders.fulfill("order_EVT", List.of(new FulfillmentLine("item_EVT", 2)), Map.of(), STATUS);
        events.clear();

        assertThrows(DomainException.class, () -> orders.cancel("order_EVT", STATUS));
        assertThrows(
                DomainException.class,
                () -> orders.fulfill("order_EVT", List.of(new FulfillmentLine("item_EVT", 1)), Map.of(), STATUS));
        assertThrows(
                DomainException.class,
                () -> orders.syncFromOdoo("order_EVT", new OdooSync("canceled", "SO/1", null, null), STATUS));
        assertThrows(
                DomainException.class, () -> orders.update("order_NONE", new OrderChanges("a@b.kw", null), STATUS));

        assertThat(events, empty());
        assertThat(orders.get("order_EVT", STATUS), equalTo("pending"));
        assertThat(store.read(state -> state.order("order_EVT").metadata.containsKey("odoo_order_id")), equalTo(false));
    }

    private List<String> names() {
        return events.stream().map(DomainEvent::name).toList();
    }

    private OrderEvent order(int index) {
        return (OrderEvent) events.get(index);
    }
}
