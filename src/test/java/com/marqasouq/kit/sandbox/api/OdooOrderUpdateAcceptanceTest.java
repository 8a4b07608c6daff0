package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(RunningSandbox.class)
class OdooOrderUpdateAcceptanceTest {
    private static final Instant ONE_PM = Instant.parse("2026-01-30T13:00:00.000Z");

    @BeforeEach
    void theClockStandsAtOnePm() {
        RunningSandbox.sandbox().clock().set(ONE_PM, true);
    }

    @Test
    void section83CompletesThePendingOrderAndStoresOdoosFields() {
        patch(Map.of(
                        "status", "completed",
                        "odoo_order_id", "SO/2026/001234",
                        "odoo_status", "invoiced",
                        "metadata", Map.of("odoo_invoice_id", "INV/2026/001234")))
                .statusCode(200)
                .body("order.id", equalTo("order_01ABC123"))
                .body("order.status", equalTo("completed"))
                .body("order.updated_at", equalTo("2026-01-30T13:00:00.000Z"))
                .body("order.metadata.odoo_order_id", equalTo("SO/2026/001234"))
                .body("order.metadata.odoo_status", equalTo("invoiced"))
                .body("order.metadata.odoo_invoice_id", equalTo("INV/2026/001234"))
                .body("order.metadata.odoo_synced", equalTo(true))
                .body("order.metadata.odoo_sync_date", equalTo("2026-01-30T13:00:00.000Z"));

        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .body("order.status", equalTo("completed"))
                .body("order.metadata.odoo_invoice_id", equalTo("INV/2026/001234"));
        RunningSandbox.api()
                .queryParam("metadata[odoo_synced]", "false")
                .queryParam("created_at[gte]", TestOrders.SEED_CREATED)
                .queryParam("created_at[lte]", TestOrders.SEED_CREATED)
                .get("/admin/orders")
                .then()
                .body("count", equalTo(0));
    }

    @Test
    void thePythonClientsUpdateMarksTheOrderSyncedAndKeepsItsStatus() {
        patch(Map.of("odoo_order_id", "SO/2026/001001", "odoo_status", "synced"))
                .statusCode(200)
                .body("order.status", equalTo("pending"))
                .body("order.metadata.odoo_order_id", equalTo("SO/2026/001001"))
                .body("order.metadata.odoo_status", equalTo("synced"))
                .body("order.metadata.odoo_synced", equalTo(true))
                .body("order.metadata.odoo_sync_date", equalTo("2026-01-30T13:00:00.000Z"));

        Order order = TestOrders.stored("order_01ABC123");
        assertThat(order.status, equalTo(OrderStatus.PENDING));
        assertThat(order.metadata, hasEntry("odoo_synced", true));
    }

    @Test
    void metadataIsMergedAndANullKeyRemoved() {
        patch(Map.of("metadata", Map.of("odoo_invoice_id", "INV/1", "odoo_picking", "WH/OUT/1")))
                .statusCode(200);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("odoo_picking", null);

        patch(Map.of("metadata", metadata))
                .statusCode(200)
                .body("order.metadata", not(hasKey("odoo_picking")))
                .body("order.metadata.odoo_invoice_id", equalTo("INV/1"));
    }

    @Test
    void patchCancelsAPendingOrderAsTheCancelRouteDoes() {
        patch(Map.of("status", "canceled", "odoo_status", "cancel"))
                .statusCode(200)
                .body("order.status", equalTo("canceled"))
                .body("order.canceled_at", equalTo("2026-01-30T13:00:00.000Z"))
                .body("order.metadata.odoo_status", equalTo("cancel"));

        assertThat(TestOrders.stored("order_01ABC123").canceledAt, equalTo(ONE_PM));
    }

    @Test
    void patchCannotCancelAFulfilledOrderAndChangesNothing() {
        RunningSandbox.api()
                .body(Map.of("items", List.of(Map.of("item_id", "item_01ABC", "quantity", 1))))
                .post("/admin/orders/order_01ABC123/fulfillments")
                .then()
                .statusCode(200);

        patch(Map.of("status", "canceled", "odoo_order_id", "SO/1"))
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("ORDER_FULFILLED"));

        assertNotSynced(OrderStatus.PENDING);
    }

    @Test
    void onlyAPendingOrderCanBeCompleted() {
        patch(Map.of("status", "completed")).statusCode(200);

        patch(Map.of("status", "completed")).statusCode(409).body("code", equalTo("ORDER_ALREADY_COMPLETED"));

        TestOrders.add(
                TestOrders.order("order_GONE", "2027-02-01T00:00:00.000Z", o -> o.status = OrderStatus.CANCELED));
        RunningSandbox.api()
                .body(Map.of("status", "completed", "odoo_order_id", "SO/9"))
                .patch("/odoo/orders/order_GONE")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_CANCELED"))
                .body("message", containsString("order_GONE"));
        Order gone = TestOrders.stored("order_GONE");
        assertThat(gone.status, equalTo(OrderStatus.CANCELED));
        assertThat(gone.metadata, not(hasKey("odoo_order_id")));
    }

    @Test
    void aCompletedOrderCannotBeCanceledByPatch() {
        patch(Map.of("status", "completed")).statusCode(200);

        patch(Map.of("status", "canceled")).statusCode(409).body("code", equalTo("ORDER_COMPLETED"));

        assertThat(TestOrders.stored("order_01ABC123").canceledAt, nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void aBodyThatBreaksTheContractIsInvalidDataNamingTheFieldAndChangesNothing(
            String behaviour, Map<String, Object> body, String named) {
        RunningSandbox.badRequest()
                .body(body)
                .patch("/odoo/orders/order_01ABC123")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(named));

        assertNotSynced(OrderStatus.PENDING);
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments(
                        "another status is named with the allowed ones",
                        Map.of("status", "shipped"),
                        "status: must be one of completed, canceled"),
                arguments(
                        "an unknown body field is named",
                        Map.of("odoo_order_id", "SO/1", "odoo_partner_id", "RES.PARTNER/1"),
                        "odoo_partner_id"),
                arguments("a number as Odoo's order id is named", Map.of("odoo_order_id", 1234), "odoo_order_id"),
                arguments(
                        "metadata that is not an object is named",
                        Map.of("metadata", List.of("odoo_synced")),
                        "metadata"),
                arguments(
                        "an empty update says what to send",
                        Map.of(),
                        "send status, odoo_order_id, odoo_status or metadata"));
    }

    /** PATCHes the seed order with the body, checked against the contract. */
    private static ValidatableResponse patch(Map<String, ?> body) {
        return RunningSandbox.api()
                .body(body)
                .patch("/odoo/orders/order_01ABC123")
                .then();
    }

    private static void assertNotSynced(OrderStatus status) {
        Order order = TestOrders.stored("order_01ABC123");
        assertThat(order.status, equalTo(status));
        assertThat(order.metadata, hasEntry("odoo_synced", false));
        assertThat(order.metadata, aMapWithSize(2));
        assertThat(order.canceledAt, nullValue());
    }
}
