package com.marqasouq.kit.sandbox.orders;

import static com.marqasouq.kit.sandbox.orders.TestOrders.SEED_CREATED;
import static com.marqasouq.kit.sandbox.orders.TestOrders.SINCE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void theStatusFilterKeepsOnlyOrdersOfThatStatus() {
        TestOrders.add(
                TestOrders.order("order_OPEN", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_DONE", "2027-02-02T00:00:00.000Z", o -> o.status = "completed"),
                TestOrders.order("order_GONE", "2027-02-03T00:00:00.000Z", o -> o.status = "canceled"));

        since().queryParam("status", "completed")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("orders.id", contains("order_DONE"));
        since().queryParam("status", "pending")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_OPEN"));
    }

    @Test
    void bothDateBoundsIncludeAnOrderCreatedAtExactlyThatInstant() {
        TestOrders.add(
                TestOrders.order("order_BEFORE", "2027-03-01T09:59:59.999Z"),
                TestOrders.order("order_AT", "2027-03-01T10:00:00.000Z"),
                TestOrders.order("order_AFTER", "2027-03-01T10:00:00.001Z"));

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2027-03-01T10:00:00.000Z")
                .queryParam("created_at[lte]", "2027-03-01T10:00:00.000Z")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("orders.id", contains("order_AT"));
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2027-03-01T10:00:00.000Z")
                .get("/admin/orders")
                .then()
                .body("orders.id", contains("order_AT", "order_AFTER"));
        since().queryParam("created_at[lte]", "2027-03-01T10:00:00.000Z")
                .get("/admin/orders")
                .then()
                .body("orders.id", contains("order_BEFORE", "order_AT"));
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
    void quickReferenceFlowOneFindsPendingOrdersNotYetSynced() {
        TestOrders.add(
                TestOrders.order("order_NEW", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_SYNCED", "2027-02-02T00:00:00.000Z", o -> o.metadata.put("odoo_synced", true)),
                TestOrders.order("order_DONE", "2027-02-03T00:00:00.000Z", o -> o.status = "completed"));

        since().queryParam("status", "pending")
                .queryParam("metadata[odoo_synced]", "false")
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_NEW"));
    }

    @Test
    void countIsTheNumberOfMatchesBeforePaging() {
        TestOrders.add(
                TestOrders.order("order_P1", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_P2", "2027-02-02T00:00:00.000Z"),
                TestOrders.order("order_P3", "2027-02-03T00:00:00.000Z"),
                TestOrders.order("order_P4", "2027-02-04T00:00:00.000Z"));

        since().queryParam("limit", 2)
                .queryParam("offset", 1)
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(4))
                .body("limit", equalTo(2))
                .body("offset", equalTo(1))
                .body("orders.id", contains("order_P2", "order_P3"));
        since().queryParam("limit", 2)
                .queryParam("offset", 3)
                .get("/admin/orders")
                .then()
                .body("orders.id", contains("order_P4"));
    }

    @Test
    void anOffsetPastTheEndGivesAnEmptyPageAndTheCount() {
        TestOrders.add(TestOrders.order("order_ONLY", "2027-02-01T00:00:00.000Z"));

        since().queryParam("offset", 10)
                .get("/admin/orders")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("orders", empty());
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

    @ParameterizedTest(name = "{0}={1} is refused naming {0}")
    @CsvSource({
        "status, shipped",
        "created_at[gte], yesterday",
        "created_at[lte], 2026-13-01T00:00:00Z",
        "limit, 0",
        "limit, 1001",
        "limit, ten",
        "offset, -1",
        "metadata[odoo_synced], maybe"
    })
    void aKnownParameterWithABadValueIsInvalidDataNamingIt(String parameter, String value) {
        RunningSandbox.badRequest()
                .queryParam(parameter, value)
                .get("/admin/orders")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("code", equalTo("INVALID_DATA"))
                .body("message", containsString(parameter));
    }

    private static RequestSpecification since() {
        return RunningSandbox.api().queryParam("created_at[gte]", SINCE);
    }
}
