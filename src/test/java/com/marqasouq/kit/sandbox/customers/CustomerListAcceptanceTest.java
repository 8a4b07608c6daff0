package com.marqasouq.kit.sandbox.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningSandbox.class)
class CustomerListAcceptanceTest {

    @Test
    void theListHasTheDocumentsEnvelopeWithDefaultPaging() {
        RunningSandbox.api()
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", greaterThanOrEqualTo(2))
                .body("offset", equalTo(0))
                .body("limit", equalTo(50));
    }

    @Test
    void customersAreListedOldestFirst() {
        JsonPath page = RunningSandbox.api()
                .get("/admin/customers?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> created = page.getList("customers.created_at");
        List<String> sorted = new ArrayList<>(created);
        sorted.sort(null);
        assertEquals(sorted, created);
        List<String> ids = page.getList("customers.id");
        assertThat(ids.indexOf("cus_01XYZ"), org.hamcrest.Matchers.lessThan(ids.indexOf("cus_01XYZ789")));
    }

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
        List<Order> orders = RunningSandbox.sandbox()
                .store()
                .read(state -> state.orders().stream()
                        .filter(order -> "cus_01XYZ".equals(order.customerId))
                        .toList());
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
    void theEmailFilterIsExactAndCaseInsensitive() {
        RunningSandbox.api()
                .queryParam("email", "AHMED@Example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo("cus_01XYZ789"));
        RunningSandbox.api()
                .queryParam("email", "ahmed@example.co")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("customers", hasSize(0));
    }

    @Test
    void qFindsASubstringOfFirstNameLastNameOrEmailInAnyCase() {
        String zainab = Customers.create("z.qasimi@example.net", "Zainab", "Qasimi");
        String noura = Customers.create("noura@qasimi-family.example", "Noura", "Khalid");
        String other = Customers.create("someone@example.org", "Fatma", "Salem");

        List<String> byName = ids(RunningSandbox.api()
                .queryParam("q", "QASIM")
                .get("/admin/customers")
                .jsonPath());
        assertThat(byName, hasItems(zainab, noura));
        assertThat(byName, not(hasItem(other)));
        assertThat(
                ids(RunningSandbox.api()
                        .queryParam("q", "zain")
                        .get("/admin/customers")
                        .jsonPath()),
                contains(zainab));
        assertThat(
                ids(RunningSandbox.api()
                        .queryParam("q", "FAMILY.example")
                        .get("/admin/customers")
                        .jsonPath()),
                contains(noura));
    }

    @Test
    void createdAtGteIsAnInclusiveBound() {
        List<String> ids = ids(RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-01-15T10:00:00Z")
                .queryParam("limit", 1000)
                .get("/admin/customers")
                .jsonPath());

        assertThat(ids, hasItem("cus_01XYZ789"));
        assertThat(ids, not(hasItem("cus_01XYZ")));
    }

    @Test
    void customersCreatedSinceTheLastSyncAreFoundByTheSandboxClock() {
        Customers.freezeClockAt(Customers.NOW);
        String first = Customers.create("first.sync@example.com", "First", "Sync");
        RunningSandbox.sandbox().clock().advance(Duration.ofMinutes(5));
        String second = Customers.create("second.sync@example.com", "Second", "Sync");

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:05:00.000Z")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo(second));
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:00:00Z")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("customers.id", contains(first, second));
    }

    @Test
    void anOdooStyleDateWithoutOffsetIsReadAsUtc() {
        List<String> ids = ids(RunningSandbox.badRequest()
                .queryParam("created_at[gte]", "2026-01-15 10:00:00")
                .queryParam("limit", 1000)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());

        assertThat(ids, hasItem("cus_01XYZ789"));
        assertThat(ids, not(hasItem("cus_01XYZ")));
    }

    @Test
    void syncedFalseMatchesCustomersWhoseFlagIsAbsentNullOrFalseAndTrueOnlyTrue() {
        Customers.freezeClockAt(Customers.NOW);
        String absent = Customers.create("flag.absent@example.com", "Flag", "Absent");
        String isNull = Customers.create("flag.null@example.com", "Flag", "Null");
        String isFalse = Customers.create("flag.false@example.com", "Flag", "False");
        String isTrue = Customers.create("flag.true@example.com", "Flag", "True");
        // An update with null removes the key (D7), so a stored null is set in the store.
        RunningSandbox.sandbox()
                .store()
                .write(tx -> tx.state().customer(isNull).metadata.put("odoo_synced", null));
        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_synced", false)))
                .post("/admin/customers/" + isFalse)
                .then()
                .statusCode(200);
        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_synced", true)))
                .post("/admin/customers/" + isTrue)
                .then()
                .statusCode(200);

        assertThat(ids(createdSince(Customers.NOW, false)), containsInAnyOrder(absent, isNull, isFalse));
        assertThat(ids(createdSince(Customers.NOW, true)), contains(isTrue));
    }

    @Test
    void theSection45NewCustomersQueryCombinesDateAndSyncFlag() {
        Customers.freezeClockAt(Customers.NOW);
        String fresh = Customers.create("fresh@example.com", "Fresh", "Customer");
        String synced = Customers.create("synced@example.com", "Synced", "Customer");
        RunningSandbox.api()
                .body(Map.of("metadata", Map.of("odoo_synced", true)))
                .post("/admin/customers/" + synced)
                .then()
                .statusCode(200);

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T00:00:00Z")
                .queryParam("metadata[odoo_synced]", false)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers.id", contains(fresh));
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

    @Test
    void everyListedCustomerHasTheRequiredFields() {
        RunningSandbox.api()
                .get("/admin/customers?limit=1000")
                .then()
                .statusCode(200)
                .body("customers.id", everyItem(startsWith("cus_")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "limit, 0",
        "limit, 1001",
        "limit, ten",
        "offset, -1",
        "offset, 1.5",
        "created_at[gte], yesterday",
        "created_at[gte], 2026-13-01T00:00:00Z",
        "metadata[odoo_synced], maybe",
        "email, ''",
        "q, ''",
    })
    void aBadFilterValueIsInvalidDataNamingTheParameter(String parameter, String value) {
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

    private static JsonPath createdSince(Instant since, boolean synced) {
        return RunningSandbox.api()
                .queryParam("created_at[gte]", since.toString())
                .queryParam("metadata[odoo_synced]", synced)
                .queryParam("limit", 1000)
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("customers.id");
    }
}
