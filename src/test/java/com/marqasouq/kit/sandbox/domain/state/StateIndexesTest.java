package com.marqasouq.kit.sandbox.domain.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state's lists come out oldest first and its order indexes follow every change. */
class StateIndexesTest {
    private final State state = InitialData.empty();

    @Test
    void ordersAreListedOldestFirstWhateverTheOrderTheyWereAddedIn() {
        add("order_C", "2027-01-03T00:00:00.000Z", OrderStatus.PENDING);
        add("order_A", "2027-01-01T00:00:00.000Z", OrderStatus.PENDING);
        add("order_B2", "2027-01-02T00:00:00.000Z", OrderStatus.COMPLETED);
        add("order_B1", "2027-01-02T00:00:00.000Z", OrderStatus.PENDING);

        assertEquals(List.of("order_A", "order_B1", "order_B2", "order_C"), ids(state.orders()));
    }

    @Test
    void theRunsOfAStatusFilterHoldExactlyThatStatusWithinInclusiveDates() {
        add("order_A", "2027-01-01T00:00:00.000Z", OrderStatus.PENDING);
        add("order_B", "2027-01-02T00:00:00.000Z", OrderStatus.COMPLETED);
        add("order_C", "2027-01-03T00:00:00.000Z", OrderStatus.PENDING);
        add("order_D", "2027-01-04T00:00:00.000Z", OrderStatus.PENDING);

        List<List<Order>> runs = state.ordersByStatusCreatedBetween(
                Set.of(OrderStatus.PENDING), at("2027-01-01T00:00:00.000Z"), at("2027-01-03T00:00:00.000Z"));

        assertEquals(1, runs.size());
        assertEquals(List.of("order_A", "order_C"), ids(runs.get(0)));
    }

    @Test
    void aStatusChangeMovesTheOrderFromOneStatusRunToTheOther() {
        add("order_A", "2027-01-01T00:00:00.000Z", OrderStatus.PENDING);
        add("order_B", "2027-01-02T00:00:00.000Z", OrderStatus.PENDING);

        state.changeStatus(state.order("order_A"), OrderStatus.CANCELED);

        assertEquals(List.of("order_B"), ids(only(Set.of(OrderStatus.PENDING))));
        assertEquals(List.of("order_A"), ids(only(Set.of(OrderStatus.CANCELED))));
        assertEquals(OrderStatus.CANCELED, state.order("order_A").status);
        assertEquals(List.of("order_A", "order_B"), ids(state.orders()));
    }

    @Test
    void aStatusNoOrderHasGivesNoRun() {
        add("order_A", "2027-01-01T00:00:00.000Z", OrderStatus.PENDING);

        assertEquals(List.of(), state.ordersByStatusCreatedBetween(Set.of(OrderStatus.COMPLETED), null, null));
    }

    @Test
    void aCustomersOrdersAreTheirsOnlyOldestFirst() {
        add("order_B", "2027-01-02T00:00:00.000Z", OrderStatus.PENDING);
        add("order_A", "2027-01-01T00:00:00.000Z", OrderStatus.PENDING);
        Order other = TestOrders.order("order_X", "2027-01-01T12:00:00.000Z", o -> o.customerId = "cus_OTHER");
        state.addOrder(other);

        assertEquals(List.of("order_A", "order_B"), ids(state.ordersOfCustomer("cus_01XYZ")));
        assertEquals(List.of("order_X"), ids(state.ordersOfCustomer("cus_OTHER")));
        assertEquals(List.of(), state.ordersOfCustomer("cus_NOBODY"));
    }

    private List<Order> only(Set<OrderStatus> statuses) {
        List<List<Order>> runs = state.ordersByStatusCreatedBetween(statuses, null, null);
        assertEquals(1, runs.size());
        return runs.get(0);
    }

    private void add(String id, String createdAt, OrderStatus status) {
        state.addOrder(TestOrders.order(id, createdAt, o -> o.status = status));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(o -> o.id).toList();
    }
}
