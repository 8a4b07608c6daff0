package com.marqasouq.kit.sandbox.orders;

import static com.marqasouq.kit.sandbox.orders.TestOrders.SEED_CREATED;
import static com.marqasouq.kit.sandbox.orders.TestOrders.SINCE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningSandbox.class)
class OdooOrderListAcceptanceTest {

    @Test
    void theSeedOrderIsListedInTheShapeOfSection81() {
        RunningSandbox.api()
                .queryParam("date_from", SEED_CREATED)
                .queryParam("date_to", SEED_CREATED)
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders", hasSize(1))
                .body("orders[0].id", equalTo("order_01ABC123"))
                .body("orders[0].display_id", equalTo(1001))
                .body("orders[0].status", equalTo("pending"))
                .body("orders[0].email", equalTo("customer@example.com"))
                .body("orders[0].currency_code", equalTo("KWD"))
                .body("orders[0].created_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body("orders[0].customer.id", equalTo("cus_01XYZ"))
                .body("orders[0].customer.phone", equalTo("+965-12345678"))
                .body("orders[0].shipping_address.city", equalTo("Kuwait City"))
                .body("orders[0].items[0].id", equalTo("item_01ABC"))
                .body("orders[0].items[0].sku", equalTo("LG-CPFL1625"))
                .body("orders[0].items[0].unit_price", equalTo(150000))
                .body("orders[0].items[0].variant_title", equalTo("Default"))
                .body("pagination.total", equalTo(1))
                .body("pagination.limit", equalTo(50))
                .body("pagination.offset", equalTo(0))
                .body("pagination.has_more", equalTo(false));
    }

    @Test
    void withoutParametersTheFirstPageOfFiftyIsListed() {
        RunningSandbox.api()
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("pagination.limit", equalTo(50))
                .body("pagination.offset", equalTo(0));
    }

    @Test
    void commaSeparatedStatusesMatchAnyOfThem() {
        addOrdersOfEveryStatus();

        since().queryParam("status", "pending,completed")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_OPEN", "order_DONE"))
                .body("pagination.total", equalTo(2));
        since().queryParam("status", "canceled")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_GONE"));
    }

    @Test
    void aRepeatedStatusParameterIsReadAsTheCommaSeparatedList() {
        addOrdersOfEveryStatus();

        // Outside the contract (explode: false), tolerated for clients that repeat the parameter.
        RunningSandbox.badRequest()
                .queryParam("date_from", SINCE)
                .queryParam("status", "canceled")
                .queryParam("status", "completed")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_DONE", "order_GONE"));
    }

    @Test
    void dateFromAndDateToIncludeAnOrderCreatedAtExactlyThatInstant() {
        TestOrders.add(
                TestOrders.order("order_BEFORE", "2027-03-01T09:59:59.999Z"),
                TestOrders.order("order_AT", "2027-03-01T10:00:00.000Z"),
                TestOrders.order("order_AFTER", "2027-03-01T10:00:00.001Z"));

        RunningSandbox.api()
                .queryParam("date_from", "2027-03-01T10:00:00.000Z")
                .queryParam("date_to", "2027-03-01T10:00:00.000Z")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_AT"));
        RunningSandbox.api()
                .queryParam("date_from", "2027-03-01T10:00:00.000Z")
                .get("/odoo/orders")
                .then()
                .body("orders.id", contains("order_AT", "order_AFTER"));
        since().queryParam("date_to", "2027-03-01T10:00:00.000Z")
                .get("/odoo/orders")
                .then()
                .body("orders.id", contains("order_BEFORE", "order_AT"));
    }

    @Test
    void odoosDateWithoutOffsetIsAcceptedAsUtc() {
        TestOrders.add(TestOrders.order("order_AT", "2027-03-01T10:00:00.000Z"));

        RunningSandbox.badRequest()
                .queryParam("date_from", "2027-03-01 10:00:00")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_AT"));
        RunningSandbox.badRequest()
                .queryParam("date_from", "2027-03-01 10:00:00.001")
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("pagination.total", equalTo(0));
    }

    @Test
    void theDefaultPageIsFiftyAndHasMoreSaysThereIsAnother() {
        Order[] orders = new Order[60];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = TestOrders.order(
                    String.format("order_BULK%02d", i),
                    Instant.parse("2027-02-01T00:00:00.000Z").plusSeconds(i).toString());
        }
        TestOrders.add(orders);

        since().get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders", hasSize(50))
                .body("orders[0].id", equalTo("order_BULK00"))
                .body("pagination.total", equalTo(60))
                .body("pagination.limit", equalTo(50))
                .body("pagination.has_more", equalTo(true));
        since().queryParam("offset", 50)
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders", hasSize(10))
                .body("orders[0].id", equalTo("order_BULK50"))
                .body("pagination.total", equalTo(60))
                .body("pagination.has_more", equalTo(false));
    }

    @Test
    void pagingIsStableAndCountsMatchesBeforePaging() {
        TestOrders.add(
                TestOrders.order("order_P0", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_P1", "2027-02-02T00:00:00.000Z"),
                TestOrders.order("order_P2", "2027-02-03T00:00:00.000Z"));

        since().queryParam("limit", 2)
                .queryParam("offset", 1)
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_P1", "order_P2"))
                .body("pagination.total", equalTo(3))
                .body("pagination.limit", equalTo(2))
                .body("pagination.offset", equalTo(1))
                .body("pagination.has_more", equalTo(false));
    }

    @Test
    void hasMoreIsTrueWhileMatchesFollowThePage() {
        TestOrders.add(
                TestOrders.order("order_P0", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_P1", "2027-02-02T00:00:00.000Z"));

        since().queryParam("limit", 1)
                .get("/odoo/orders")
                .then()
                .statusCode(200)
                .body("orders.id", contains("order_P0"))
                .body("pagination.has_more", equalTo(true));
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {0}")
    @CsvSource({
        "status, 'pending,shipped'",
        "status, shipped",
        "status, ''",
        "date_from, yesterday",
        "date_to, 30/01/2026",
        "limit, 0",
        "limit, 1001",
        "offset, -1"
    })
    void aKnownParameterWithABadValueIsInvalidDataNamingIt(String parameter, String value) {
        RunningSandbox.badRequest()
                .queryParam(parameter, value)
                .get("/odoo/orders")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(parameter));
    }

    private static void addOrdersOfEveryStatus() {
        TestOrders.add(
                TestOrders.order("order_OPEN", "2027-02-01T00:00:00.000Z"),
                TestOrders.order("order_DONE", "2027-02-02T00:00:00.000Z", o -> o.status = "completed"),
                TestOrders.order("order_GONE", "2027-02-03T00:00:00.000Z", o -> o.status = "canceled"));
    }

    private static RequestSpecification since() {
        return RunningSandbox.api().queryParam("date_from", SINCE);
    }
}
