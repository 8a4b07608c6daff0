package com.marqasouq.kit.sandbox.control;

import static com.marqasouq.kit.sandbox.control.PlacedOrders.lastDisplayId;
import static com.marqasouq.kit.sandbox.control.PlacedOrders.place;
import static com.marqasouq.kit.sandbox.control.PlacedOrders.sleeves;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /_sandbox/orders places a pending, paid order as a checkout would, and the API serves it. */
@ExtendWith(RunningSandbox.class)
class PlaceOrderAcceptanceTest {
    @Test
    void aPlacedOrderIsPendingPaidAndUnfulfilledAtTheVariantsKwdPrice() {
        int last = lastDisplayId();

        RunningSandbox.control()
                .body(sleeves(2))
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .header("Location", containsString("/admin/orders/order_"))
                .body("order.id", matchesPattern("^order_[0-9A-Z]{26}$"))
                .body("order.status", equalTo("pending"))
                .body("order.customer_id", equalTo("cus_01XYZ"))
                .body("order.email", equalTo("customer@example.com"))
                .body("order.currency_code", equalTo("KWD"))
                .body("order.display_id", equalTo(last + 1))
                .body("order.items[0].sku", equalTo("SLEEVE"))
                .body("order.items[0].quantity", equalTo(2))
                .body("order.items[0].unit_price", equalTo(1500))
                .body("order.total", equalTo(2 * 1500 + 1000));
    }

    @Test
    void thePlacedOrderIsInTheStateWithShippingPaymentAddressesAndUnsyncedMetadata() {
        String id = place(sleeves(2));

        Map<String, Object> order = StateExport.find(StateExport.now(), "orders", id);
        assertNotNull(order, "the exported state has the new order");
        assertEquals("not_fulfilled", order.get("fulfillment_status"));
        assertEquals("captured", order.get("payment_status"));
        Map<String, Object> item = StateExport.list(order, "items").get(0);
        assertEquals("Finger Gaming Sleeve", item.get("title"));
        assertEquals("Finger Gaming Sleeve", item.get("product_title"));
        assertEquals("variant_01SLEEVE0000000000000000", item.get("variant_id"));
        assertEquals("Default", item.get("variant_title"));
        assertEquals(10, item.get("weight"));
        Map<String, Object> shipping =
                StateExport.list(order, "shipping_methods").get(0);
        assertEquals("Standard Delivery", shipping.get("name"));
        assertEquals(1000, shipping.get("price"));
        assertEquals(true, ((String) shipping.get("id")).startsWith("sm_"));
        Map<String, Object> payment = StateExport.list(order, "payments").get(0);
        assertEquals(true, ((String) payment.get("id")).startsWith("pay_"));
        assertEquals(4000, payment.get("amount"));
        assertEquals("manual", payment.get("provider_id"));
        assertEquals("captured", payment.get("status"));
        // No shipping address given: the customer's first one, also as billing address.
        assertEquals(
                "Block 5, Street 10, House 25",
                StateExport.object(order, "shipping_address").get("address_1"));
        assertNull(StateExport.object(order, "shipping_address").get("id"));
        assertEquals(StateExport.object(order, "shipping_address"), StateExport.object(order, "billing_address"));
        assertEquals(Map.of("odoo_synced", false), order.get("metadata"));
    }

    @Test
    void theRequestsAddressShippingPriceEmailAndMetadataAreUsed() {
        Map<String, Object> address = Map.of(
                "first_name",
                "Fatima",
                "last_name",
                "Al-Sabah",
                "address_1",
                "Block 3, Street 7",
                "city",
                "Hawalli",
                "country_code",
                "kw",
                "phone",
                "+965-99998888");
        String id = RunningSandbox.control()
                .body(Map.of(
                        "customer_id",
                        "cus_01XYZ789",
                        "email",
                        "gift@example.com",
                        "items",
                        List.of(
                                Map.of("sku", "LG-CPFL1625", "quantity", 1),
                                Map.of("sku", "IPHONE-CASE-001", "quantity", 3)),
                        "shipping_address",
                        address,
                        "shipping_price",
                        2500,
                        "metadata",
                        Map.of("source", "test", "odoo_synced", true)))
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .body("order.email", equalTo("gift@example.com"))
                .body("order.total", equalTo(150000 + 3 * 4500 + 2500))
                .extract()
                .path("order.id");

        Map<String, Object> order = StateExport.find(StateExport.now(), "orders", id);
        assertEquals("Hawalli", StateExport.object(order, "shipping_address").get("city"));
        assertEquals("Hawalli", StateExport.object(order, "billing_address").get("city"));
        assertEquals(2500, StateExport.list(order, "shipping_methods").get(0).get("price"));
        assertEquals(Map.of("odoo_synced", true, "source", "test"), order.get("metadata"));
    }

    @Test
    void stockIsNeitherCheckedNorReserved() {
        Map<String, Object> before =
                StateExport.find(StateExport.now(), "inventory_items", "iitem_odoo_71047_1769183500048");

        place(Map.of("customer_id", "cus_01XYZ", "items", List.of(Map.of("sku", "LG-CPFL1625", "quantity", 50))));

        Map<String, Object> after =
                StateExport.find(StateExport.now(), "inventory_items", "iitem_odoo_71047_1769183500048");
        assertEquals(before, after);
    }

    @Test
    void displayIdsFollowEachOther() {
        int last = lastDisplayId();
        RunningSandbox.control()
                .body(sleeves(1))
                .post("/_sandbox/orders")
                .then()
                .body("order.display_id", equalTo(last + 1));
        RunningSandbox.control()
                .body(sleeves(1))
                .post("/_sandbox/orders")
                .then()
                .body("order.display_id", equalTo(last + 2));
    }

    @Test
    void aPlacedOrderIsListedByTheAdminApiAsPending() {
        ApiRoutes.assumeImplemented("/admin/orders");
        int pendingBefore = RunningSandbox.api()
                .get("/admin/orders?status=pending")
                .then()
                .statusCode(200)
                .extract()
                .path("count");

        String id = place(sleeves(1));

        RunningSandbox.api()
                .get("/admin/orders/" + id)
                .then()
                .statusCode(200)
                .body("order.id", equalTo(id))
                .body("order.status", equalTo("pending"));
        RunningSandbox.api()
                .get("/admin/orders?status=pending&limit=1000")
                .then()
                .statusCode(200)
                .body("count", equalTo(pendingBefore + 1))
                .body("orders.id", hasItem(id));
    }

    @Test
    void anOrderPlacedOnAFrozenClockCarriesItsTimeAndIsFoundByTheDateFilter() {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T00:00:00Z", "frozen", true))
                .put("/_sandbox/clock")
                .then()
                .statusCode(200);

        String id = RunningSandbox.control()
                .body(sleeves(1))
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .body("order.created_at", equalTo("2026-02-01T00:00:00.000Z"))
                .extract()
                .path("order.id");
        assertEquals(
                "2026-02-01T00:00:00.000Z",
                StateExport.find(StateExport.now(), "orders", id).get("created_at"));

        ApiRoutes.assumeImplemented("/admin/orders");
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T00:00:00Z")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", hasItem(id))
                .body("orders.created_at", hasItem("2026-02-01T00:00:00.000Z"));
    }
}
