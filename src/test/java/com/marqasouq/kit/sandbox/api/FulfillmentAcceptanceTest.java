package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.FulfillmentStatus;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class FulfillmentAcceptanceTest {

    @BeforeEach
    void anOrderOfThreePlottersAndTwoSleeves() {
        TestOrders.add(TestOrders.order("order_SHIP", "2027-02-01T00:00:00.000Z", o -> {
            o.items.clear();
            o.items.add(TestOrders.item("item_PLOTTER", "LG-CPFL1625", 3, 150000));
            o.items.add(TestOrders.item("item_SLEEVE", "SLEEVE", 2, 1500));
        }));
    }

    @Test
    void section24ShipsTheItemAndKeepsTheTracking() {
        RunningSandbox.sandbox().clock().set(Instant.parse("2026-01-30T12:00:00.000Z"), true);

        RunningSandbox.api()
                .body(Map.of(
                        "items", List.of(Map.of("item_id", "item_01ABC", "quantity", 1)),
                        "metadata", Map.of("tracking_number", "KW123456789", "carrier", "DHL")))
                .post("/admin/orders/order_01ABC123/fulfillments")
                .then()
                .statusCode(200)
                .body("order.fulfillment_status", equalTo("fulfilled"))
                .body("order.status", equalTo("pending"))
                .body("order.updated_at", equalTo("2026-01-30T12:00:00.000Z"))
                .body("order.fulfillments", hasSize(1))
                .body("order.fulfillments[0].id", matchesPattern("^ful_[0-9A-Z]{26}$"))
                .body("order.fulfillments[0].items[0].item_id", equalTo("item_01ABC"))
                .body("order.fulfillments[0].items[0].quantity", equalTo(1))
                .body("order.fulfillments[0].metadata.tracking_number", equalTo("KW123456789"))
                .body("order.fulfillments[0].metadata.carrier", equalTo("DHL"))
                .body("order.fulfillments[0].created_at", equalTo("2026-01-30T12:00:00.000Z"));

        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .body("order.fulfillment_status", equalTo("fulfilled"))
                .body("order.items[0].fulfilled_quantity", equalTo(1))
                .body("order.fulfillments[0].metadata.carrier", equalTo("DHL"));
    }

    @Test
    void aFulfillmentDoesNotChangeStock() {
        int before = CancelOrderAcceptanceTest.stockOfThePlotter();

        fulfill("order_01ABC123", "item_01ABC", 1).then().statusCode(200);

        assertThat(CancelOrderAcceptanceTest.stockOfThePlotter(), equalTo(before));
    }

    @Test
    void moreThanIsStillUnfulfilledIsRefusedAndChangesNothing() {
        fulfill("order_SHIP", "item_PLOTTER", 2).then().statusCode(200);

        RunningSandbox.api()
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("item_id", "item_SLEEVE", "quantity", 1),
                                Map.of("item_id", "item_PLOTTER", "quantity", 2))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("items[1].quantity"))
                .body("message", containsString("item_PLOTTER"));

        Order order = TestOrders.stored("order_SHIP");
        assertThat(order.fulfillments, hasSize(1));
        assertThat(order.fulfillmentStatus, equalTo(FulfillmentStatus.PARTIALLY_FULFILLED));
        assertThat(order.item("item_PLOTTER").fulfilledQuantity, equalTo(2));
        assertThat(order.item("item_SLEEVE").fulfilledQuantity, equalTo(0));
    }

    @Test
    void aFulfilledOrderHasNothingLeftToFulfill() {
        fulfill("order_01ABC123", "item_01ABC", 1).then().statusCode(200);

        fulfill("order_01ABC123", "item_01ABC", 1)
                .then()
                .statusCode(400)
                .body("message", containsString("items[0].quantity"));
        assertThat(TestOrders.stored("order_01ABC123").fulfillments, hasSize(1));
    }

    @Test
    void anUnknownItemIsRefusedNamingItAndChangesNothing() {
        fulfill("order_SHIP", "item_01ABC", 1)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("items[0].item_id"))
                .body("message", containsString("item_01ABC"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void theSameItemTwiceInOneRequestIsRefused() {
        RunningSandbox.api()
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("item_id", "item_PLOTTER", "quantity", 1),
                                Map.of("item_id", "item_PLOTTER", "quantity", 1))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("items[1].item_id"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void aQuantityBelowOneIsRefusedNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of("items", List.of(Map.of("item_id", "item_PLOTTER", "quantity", 0))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("items[0].quantity"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void aMissingQuantityIsRefusedNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of("items", List.of(Map.of("item_id", "item_PLOTTER"))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", equalTo("items[0].quantity: is required"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void noItemsIsRefused() {
        RunningSandbox.badRequest()
                .body(Map.of("items", List.of()))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("items"));
        RunningSandbox.badRequest()
                .body(Map.of("metadata", Map.of("carrier", "DHL")))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("items"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void aWrongTypeOrAnUnknownFieldIsRefusedNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of("items", List.of(Map.of("item_id", "item_PLOTTER", "quantity", "two"))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("items[0].quantity"));
        RunningSandbox.badRequest()
                .body(Map.of(
                        "items",
                        List.of(Map.of("item_id", "item_PLOTTER", "quantity", 1)),
                        "location_id",
                        "sloc_01ABC"))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(400)
                .body("message", containsString("location_id"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void medusasItemIdNameIdIsAccepted() {
        // D9, D24: `id` is an accepted alias, outside the strict contract.
        RunningSandbox.badRequest()
                .body(Map.of("items", List.of(Map.of("id", "item_PLOTTER", "quantity", 1))))
                .post("/admin/orders/order_SHIP/fulfillments")
                .then()
                .statusCode(200)
                .body("order.fulfillments[0].items[0].item_id", equalTo("item_PLOTTER"))
                .body("order.fulfillment_status", equalTo("partially_fulfilled"));
    }

    @Test
    void aCanceledOrderCannotBeFulfilled() {
        RunningSandbox.api().post("/admin/orders/order_SHIP/cancel").then().statusCode(200);

        fulfill("order_SHIP", "item_PLOTTER", 1)
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("ORDER_CANCELED"))
                .body("message", containsString("order_SHIP"));

        assertNothingShipped("order_SHIP");
    }

    @Test
    void aCompletedOrderCanStillBeShipped() {
        RunningSandbox.api()
                .body(Map.of("status", "completed"))
                .patch("/odoo/orders/order_SHIP")
                .then()
                .statusCode(200);

        fulfill("order_SHIP", "item_PLOTTER", 3)
                .then()
                .statusCode(200)
                .body("order.status", equalTo("completed"))
                .body("order.fulfillment_status", equalTo("partially_fulfilled"));
    }

    private static io.restassured.response.Response fulfill(String orderId, String itemId, int quantity) {
        return RunningSandbox.api()
                .body(Map.of("items", List.of(Map.of("item_id", itemId, "quantity", quantity))))
                .post("/admin/orders/" + orderId + "/fulfillments");
    }

    private static void assertNothingShipped(String orderId) {
        Order order = TestOrders.stored(orderId);
        assertThat(order.fulfillments, empty());
        assertThat(order.fulfillmentStatus, equalTo(FulfillmentStatus.NOT_FULFILLED));
        assertThat(order.items.stream().mapToInt(i -> i.fulfilledQuantity).sum(), equalTo(0));
    }
}
