package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.domain.orders.TestOrders.SEED_CREATED;
import static com.marqasouq.kit.sandbox.domain.orders.TestOrders.SINCE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class OrderListAcceptanceTest {

    @Test
    void theSeedOrderIsListedInTheShapeOfSection21() {
        RunningSandbox.api()
                .queryParam("created_at[gte]", SEED_CREATED)
                .queryParam("created_at[lte]", SEED_CREATED)
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("offset", equalTo(0))
                .body("limit", equalTo(50))
                .body("orders[0].id", equalTo("order_01ABC123"))
                .body("orders[0].display_id", equalTo(1001))
                .body("orders[0].status", equalTo("pending"))
                .body("orders[0].fulfillment_status", equalTo("not_fulfilled"))
                .body("orders[0].payment_status", equalTo("captured"))
                .body("orders[0].customer_id", equalTo("cus_01XYZ"))
                .body("orders[0].email", equalTo("customer@example.com"))
                .body("orders[0].currency_code", equalTo("KWD"))
                .body("orders[0].items[0].id", equalTo("item_01ABC"))
                .body("orders[0].items[0].variant_id", equalTo("variant_01KEVBHW79ZAPYP5J6ZFM67RST"))
                .body("orders[0].items[0].sku", equalTo("LG-CPFL1625"))
                .body("orders[0].items[0].subtotal", equalTo(150000))
                .body("orders[0].shipping_address.postal_code", equalTo("12345"))
                .body("orders[0].subtotal", equalTo(150000))
                .body("orders[0].tax_total", equalTo(0))
                .body("orders[0].shipping_total", equalTo(1000))
                .body("orders[0].discount_total", equalTo(0))
                .body("orders[0].total", equalTo(151000))
                .body("orders[0].created_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body("orders[0].updated_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body("orders[0].metadata.odoo_synced", equalTo(false))
                .body("orders[0].metadata", hasKey("odoo_order_id"))
                .body("orders[0].metadata.odoo_order_id", nullValue());
    }

    @Test
    void withoutFiltersTheFirstPageOfFiftyIsListedAndCountedInFull() {
        RunningSandbox.api()
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("limit", equalTo(50))
                .body("offset", equalTo(0))
                .body("count", greaterThan(0));
    }

    @Test
    void ordersAreListedOldestFirstThenById() {
        TestOrders.add(
                TestOrders.order("order_T3", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_T2", "2027-01-01T00:00:00.000Z"),
                TestOrders.order("order_T1", "2027-02-01T00:00:00.000Z"));

        since().get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_T2", "order_T1", "order_T3"));
    }

    @Test
    void aDateBoundWithAnOffsetIsTheSameInstantInUtc() {
        TestOrders.add(TestOrders.order("order_AT", "2027-03-01T10:00:00.000Z"));

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2027-03-01T13:00:00+03:00")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_AT"));
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2027-03-01T13:00:00.001+03:00")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void odoosDateWithoutOffsetIsAcceptedAsUtc() {
        TestOrders.add(TestOrders.order("order_AT", "2027-03-01T10:00:00.000Z"));

        // D2, D24: lenient input, outside the strict contract, hence no request validation.
        RunningSandbox.badRequest()
                .queryParam("created_at[gte]", "2027-03-01 10:00:00")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_AT"));
        RunningSandbox.badRequest()
                .queryParam("created_at[gte]", "2027-03-01 10:00:01")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void notSyncedMatchesOrdersWhoseFlagIsAbsentNullOrFalse() {
        TestOrders.add(
                TestOrders.order("order_FALSE", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_ABSENT", "2027-02-02T00:00:00.000Z", o -> o.metadata.clear()),
                TestOrders.order("order_NULL", "2027-02-03T00:00:00.000Z", o -> o.metadata.put("odoo_synced", null)),
                TestOrders.order("order_SYNCED", "2027-02-04T00:00:00.000Z", o -> o.metadata.put("odoo_synced", true)));

        since().queryParam("metadata[odoo_synced]", "false")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_FALSE", "order_ABSENT", "order_NULL"));
        since().queryParam("metadata[odoo_synced]", "true")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_SYNCED"));
    }

    @Test
    void anUnknownQueryParameterIsIgnored() {
        TestOrders.add(TestOrders.order("order_ONLY", "2027-02-01T00:00:00.000Z"));

        RunningSandbox.badRequest()
                .queryParam("created_at[gte]", SINCE)
                .queryParam("fields", "id,total")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_ONLY"));
    }

    private static RequestSpecification since() {
        return RunningSandbox.api().queryParam("created_at[gte]", SINCE);
    }
}
