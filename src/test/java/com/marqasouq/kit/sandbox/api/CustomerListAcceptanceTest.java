package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /admin/customers: the envelope, the order, the document's customer, paging and bad values. */
@ExtendWith(RunningSandbox.class)
class CustomerListAcceptanceTest {

    @Test
    void theSection41CustomerCarriesOrdersShippingAddressesAndMetadata() {
        RunningSandbox.api()
                .queryParam("email", "ahmed@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo("cus_01XYZ789"))
                .body("customers[0].first_name", equalTo("Ahmed"))
                .body("customers[0].last_name", equalTo("Al-Rashid"))
                .body("customers[0].phone", equalTo("+965-12345678"))
                .body("customers[0].has_account", equalTo(true))
                .body("customers[0].shipping_addresses[0].id", equalTo("addr_01ABC"))
                .body("customers[0].shipping_addresses[0].address_1", equalTo("Block 5, Street 10, House 25"))
                .body("customers[0].created_at", equalTo("2026-01-15T10:00:00.000Z"))
                .body("customers[0].updated_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body("customers[0].metadata.preferred_language", equalTo("ar"));

        // cus_01XYZ has order #1001 and generated orders (D22): expect what the store holds, oldest first.
        List<Order> orders = Customers.storedOrders("cus_01XYZ");
        RunningSandbox.api()
                .queryParam("email", "customer@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body(
                        "customers[0].orders.id",
                        equalTo(orders.stream().map(o -> o.id).toList()))
                .body(
                        "customers[0].orders.display_id",
                        equalTo(orders.stream().map(o -> o.displayId).toList()))
                .body(
                        "customers[0].orders.total",
                        equalTo(orders.stream().map(o -> (int) o.total()).toList()))
                .body("customers[0].orders.find { it.id == 'order_01ABC123' }.display_id", equalTo(1001))
                .body("customers[0].orders.find { it.id == 'order_01ABC123' }.total", equalTo(151000));
    }

    @Test
    void limitAndOffsetPageThroughTheMatchesAndCountCountsThemAll() {
        Customers.freezeClockAt(Customers.NOW);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Customers.create("page" + i + "@example.com", "Page", "Customer" + i));
            RunningSandbox.sandbox().clock().advance(Duration.ofSeconds(1));
        }

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:00:00Z")
                .queryParam("limit", 2)
                .queryParam("offset", 1)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(5))
                .body("limit", equalTo(2))
                .body("offset", equalTo(1))
                .body("customers.id", contains(created.get(1), created.get(2)));
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:00:00Z")
                .queryParam("offset", 10)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(5))
                .body("customers", hasSize(0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "email, ''",
        "q, ''",
    })
    void anEmptyFilterIsInvalidDataNamingIt(String parameter, String value) {
        RunningSandbox.badRequest()
                .queryParam(parameter, value)
                .get("/admin/customers")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("code", equalTo("INVALID_DATA"))
                .body("message", containsString(parameter));
    }

    @Test
    void anUnknownQueryParameterIsIgnored() {
        RunningSandbox.badRequest()
                .queryParam("expand", "orders")
                .queryParam("email", "ahmed@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1));
    }
}
