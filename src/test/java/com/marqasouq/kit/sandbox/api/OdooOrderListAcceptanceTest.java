package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.domain.orders.TestOrders.SEED_CREATED;
import static com.marqasouq.kit.sandbox.domain.orders.TestOrders.SINCE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.TestOrders;
import io.restassured.specification.RequestSpecification;
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

    /** The sandbox refuses an empty list rather than reading it as no filter (D5). */
    @ParameterizedTest(name = "{0}={1} is refused naming {0}")
    @CsvSource({"status, ''"})
    void anEmptyStatusListIsInvalidDataNamingIt(String parameter, String value) {
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
                TestOrders.order("order_DONE", "2027-02-02T00:00:00.000Z", o -> o.status = OrderStatus.COMPLETED),
                TestOrders.order("order_GONE", "2027-02-03T00:00:00.000Z", o -> o.status = OrderStatus.CANCELED));
    }

    private static RequestSpecification since() {
        return RunningSandbox.api().queryParam("date_from", SINCE);
    }
}
