package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class CancelOrderAcceptanceTest {

    @Test
    void aPendingOrderIsCanceledAsSection25Shows() {
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T12:00:00.000Z"), true);

        RunningSandbox.api()
                .post("/admin/orders/order_01ABC123/cancel")
                .then()
                .statusCode(200)
                .body("order", aMapWithSize(3))
                .body("order.id", equalTo("order_01ABC123"))
                .body("order.status", equalTo("canceled"))
                .body("order.canceled_at", equalTo("2026-01-30T12:00:00.000Z"));

        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .body("order.status", equalTo("canceled"))
                .body("order.canceled_at", equalTo("2026-01-30T12:00:00.000Z"))
                .body("order.updated_at", equalTo("2026-01-30T12:00:00.000Z"));
        RunningSandbox.api()
                .queryParam("status", "canceled")
                .queryParam("created_at[gte]", TestOrders.SEED_CREATED)
                .queryParam("created_at[lte]", TestOrders.SEED_CREATED)
                .get("/admin/orders")
                .then()
                .body("orders[0].id", equalTo("order_01ABC123"));
    }

    @Test
    void cancelingDoesNotChangeStock() {
        int before = stockOfThePlotter();

        RunningSandbox.api().post("/admin/orders/order_01ABC123/cancel").then().statusCode(200);

        assertThat(stockOfThePlotter(), equalTo(before));
    }

    @Test
    void cancelingTwiceIsAConflictAndKeepsTheFirstCancelTime() {
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T12:00:00.000Z"), true);
        RunningSandbox.api().post("/admin/orders/order_01ABC123/cancel").then().statusCode(200);
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T13:00:00.000Z"), true);

        RunningSandbox.api()
                .post("/admin/orders/order_01ABC123/cancel")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("ORDER_ALREADY_CANCELED"))
                .body("message", containsString("order_01ABC123"));

        assertThat(TestOrders.stored("order_01ABC123").canceledAt, equalTo(Instant.parse("2026-01-30T12:00:00.000Z")));
    }

    @Test
    void aFulfilledOrderCannotBeCanceled() {
        fulfillSeedOrder();

        RunningSandbox.api()
                .post("/admin/orders/order_01ABC123/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_FULFILLED"));

        assertNotCanceled("order_01ABC123");
    }

    @Test
    void aPartlyFulfilledOrderCannotBeCanceled() {
        TestOrders.add(TestOrders.order("order_PART", "2027-02-01T00:00:00.000Z", o -> o.items.get(0).quantity = 2));
        RunningSandbox.api()
                .body(Map.of("items", List.of(Map.of("item_id", "item_PART", "quantity", 1))))
                .post("/admin/orders/order_PART/fulfillments")
                .then()
                .statusCode(200);

        RunningSandbox.api()
                .post("/admin/orders/order_PART/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_FULFILLED"))
                .body("message", containsString("partially fulfilled"));

        assertNotCanceled("order_PART");
    }

    @Test
    void aCompletedOrderCannotBeCanceled() {
        TestOrders.add(
                TestOrders.order("order_DONE", "2027-02-01T00:00:00.000Z", o -> o.status = OrderStatus.COMPLETED));

        RunningSandbox.api()
                .post("/admin/orders/order_DONE/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_COMPLETED"));

        assertThat(TestOrders.stored("order_DONE").status, equalTo(OrderStatus.COMPLETED));
        assertThat(TestOrders.stored("order_DONE").canceledAt, nullValue());
    }

    @Test
    void anOrderThatRequiresActionIsNotPendingAndCannotBeCanceled() {
        TestOrders.add(TestOrders.order(
                "order_ACTION", "2027-02-01T00:00:00.000Z", o -> o.status = OrderStatus.REQUIRES_ACTION));

        RunningSandbox.api()
                .post("/admin/orders/order_ACTION/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_NOT_PENDING"));

        assertThat(TestOrders.stored("order_ACTION").status, equalTo(OrderStatus.REQUIRES_ACTION));
    }

    private static void fulfillSeedOrder() {
        RunningSandbox.api()
                .body(Map.of("items", List.of(Map.of("item_id", "item_01ABC", "quantity", 1))))
                .post("/admin/orders/order_01ABC123/fulfillments")
                .then()
                .statusCode(200);
    }

    private static void assertNotCanceled(String orderId) {
        Order order = TestOrders.stored(orderId);
        assertThat(order.status, equalTo(OrderStatus.PENDING));
        assertThat(order.canceledAt, nullValue());
    }

    static int stockOfThePlotter() {
        return RunningSandbox.sandbox()
                .store()
                .read(state -> state.inventoryItemBySku("LG-CPFL1625").levels.get(0).stockedQuantity);
    }
}
