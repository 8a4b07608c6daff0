package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(RunningSandbox.class)
class StateAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExportIsTheVersionedDocumentWithSnakeCaseEntitiesAndRfc3339Times() {
        RunningSandbox.control()
                .get("/_sandbox/state")
                .then()
                .statusCode(200)
                .body("format", equalTo("marqasouq-sandbox-state/1"))
                .body("clock", matchesPattern("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .body("orders.find { it.id == 'order_01ABC123' }.display_id", equalTo(1001))
                .body("orders.find { it.id == 'order_01ABC123' }.created_at", equalTo("2026-01-30T10:30:00.000Z"))
                .body(
                        "orders.find { it.id == 'order_01ABC123' }.shipping_address.address_1",
                        equalTo("Block 5, Street 10, House 25"))
                .body("orders.find { it.id == 'order_01ABC123' }.metadata", hasKey("odoo_order_id"))
                .body("customers.find { it.id == 'cus_01XYZ789' }.metadata.preferred_language", equalTo("ar"))
                .body("inventory_items.find { it.sku == 'SLEEVE' }.levels[0].stocked_quantity", equalTo(605))
                .body("stock_locations.id", org.hamcrest.Matchers.hasItem("sloc_01ABC"))
                .body("products", everyItem(hasKey("handle")))
                .body("reductions", equalTo(List.of()));
    }

    @Test
    void anExportLoadedBackLeavesTheStateAsItWas() {
        Map<String, Object> exported = StateExport.now();

        RunningSandbox.control()
                .body(exported)
                .put("/_sandbox/state")
                .then()
                .statusCode(200)
                .body("orders", equalTo(StateExport.list(exported, "orders").size()))
                .body(
                        "customers",
                        equalTo(StateExport.list(exported, "customers").size()))
                .body("products", equalTo(StateExport.list(exported, "products").size()))
                .body(
                        "inventory_items",
                        equalTo(StateExport.list(exported, "inventory_items").size()))
                .body(
                        "stock_locations",
                        equalTo(StateExport.list(exported, "stock_locations").size()));

        exported.remove("clock");
        assertEquals(exported, StateExport.withoutClock());
    }

    @Test
    void aModifiedExportLoadedBackShowsTheChange() {
        Map<String, Object> document = StateExport.now();
        Map<String, Object> ahmed = StateExport.find(document, "customers", "cus_01XYZ789");
        ahmed.put("first_name", "Ahmad");
        Map<String, Object> sleeve = StateExport.list(document, "inventory_items").stream()
                .filter(i -> "SLEEVE".equals(i.get("sku")))
                .findFirst()
                .orElseThrow();
        StateExport.list(sleeve, "levels").get(0).put("stocked_quantity", 7);
        StateExport.list(document, "orders").removeIf(o -> "order_01ABC123".equals(o.get("id")));
        int orders = StateExport.list(document, "orders").size();

        RunningSandbox.control()
                .body(document)
                .put("/_sandbox/state")
                .then()
                .statusCode(200)
                .body("orders", equalTo(orders));

        Map<String, Object> after = StateExport.now();
        assertEquals(
                "Ahmad", StateExport.find(after, "customers", "cus_01XYZ789").get("first_name"));
        assertEquals(
                7,
                StateExport.list(
                                StateExport.list(after, "inventory_items").stream()
                                        .filter(i -> "SLEEVE".equals(i.get("sku")))
                                        .findFirst()
                                        .orElseThrow(),
                                "levels")
                        .get(0)
                        .get("stocked_quantity"));
        assertNull(StateExport.find(after, "orders", "order_01ABC123"));
    }

    @Test
    void theLoadedStateIsServedByTheAdminApi() {
        Map<String, Object> document = StateExport.now();
        StateExport.find(document, "orders", "order_01ABC123").put("status", "completed");
        RunningSandbox.control().body(document).put("/_sandbox/state").then().statusCode(200);

        ApiRoutes.assumeImplemented("/admin/orders");
        RunningSandbox.api()
                .get("/admin/orders/order_01ABC123")
                .then()
                .statusCode(200)
                .body("order.status", equalTo("completed"));
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken(
                        "a duplicate customer id",
                        "customers[1].id",
                        d -> StateExport.list(d, "customers")
                                .get(1)
                                .put(
                                        "id",
                                        StateExport.list(d, "customers").get(0).get("id"))),
                broken(
                        "a duplicate e-mail in another case",
                        "customers[1].email",
                        d -> StateExport.list(d, "customers")
                                .get(1)
                                .put(
                                        "email",
                                        ((String) StateExport.list(d, "customers")
                                                        .get(0)
                                                        .get("email"))
                                                .toUpperCase())),
                broken(
                        "a duplicate inventory SKU",
                        "inventory_items[1].sku",
                        d -> StateExport.list(d, "inventory_items")
                                .get(1)
                                .put(
                                        "sku",
                                        StateExport.list(d, "inventory_items")
                                                .get(0)
                                                .get("sku"))),
                broken(
                        "a duplicate product handle",
                        "products[1].handle",
                        d -> StateExport.list(d, "products")
                                .get(1)
                                .put(
                                        "handle",
                                        StateExport.list(d, "products").get(0).get("handle"))),
                broken(
                        "an order of an unknown customer",
                        "customer_id",
                        d -> StateExport.find(d, "orders", "order_01ABC123").put("customer_id", "cus_GHOST")),
                broken(
                        "a level at an unknown location",
                        "location_id",
                        d -> StateExport.list(
                                        StateExport.list(d, "inventory_items").get(0), "levels")
                                .get(0)
                                .put("location_id", "sloc_NOWHERE")),
                broken(
                        "a negative stocked quantity",
                        "stocked_quantity",
                        d -> StateExport.list(
                                        StateExport.list(d, "inventory_items").get(0), "levels")
                                .get(0)
                                .put("stocked_quantity", -1)),
                broken(
                        "a line item quantity of zero",
                        "items[0].quantity",
                        d -> StateExport.list(StateExport.find(d, "orders", "order_01ABC123"), "items")
                                .get(0)
                                .put("quantity", 0)),
                broken(
                        "an unknown order status",
                        "status",
                        d -> StateExport.find(d, "orders", "order_01ABC123").put("status", "shipped")),
                broken(
                        "an id without its prefix",
                        "orders[0].id",
                        d -> StateExport.list(d, "orders").get(0).put("id", "12345")),
                broken(
                        "a timestamp that is not RFC 3339",
                        "created_at",
                        d -> StateExport.find(d, "orders", "order_01ABC123").put("created_at", "30/01/2026")),
                broken(
                        "a string where a number belongs",
                        "unit_price",
                        d -> StateExport.list(StateExport.find(d, "orders", "order_01ABC123"), "items")
                                .get(0)
                                .put("unit_price", "150.000")),
                broken(
                        "a misspelt field",
                        "emial",
                        d -> StateExport.list(d, "customers").get(0).put("emial", "x@example.com")),
                broken(
                        "a missing creation time",
                        "created_at",
                        d -> StateExport.list(d, "customers").get(0).remove("created_at")));
    }

    private static Arguments broken(String what, String named, Consumer<Map<String, Object>> change) {
        return Arguments.of(what, named, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void aBrokenDocumentIsInvalidDataNamingTheEntityAndFieldAndNothingChanges(
            String what, String named, Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> before = StateExport.withoutClock();
        @SuppressWarnings("unchecked")
        Map<String, Object> document = JSON.readValue(JSON.writeValueAsString(StateExport.now()), Map.class);
        change.accept(document);

        RunningSandbox.controlBadRequest()
                .body(document)
                .put("/_sandbox/state")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("code", equalTo("INVALID_DATA"))
                .body("message", containsString(named));

        assertEquals(before, StateExport.withoutClock());
    }

    @Test
    void aDocumentOfAnotherFormatOrWithoutItsCollectionsIsRefused() {
        Map<String, Object> before = StateExport.withoutClock();

        RunningSandbox.controlBadRequest()
                .body(Map.of(
                        "format",
                        "marqasouq-sandbox-state/9",
                        "orders",
                        List.of(),
                        "customers",
                        List.of(),
                        "products",
                        List.of(),
                        "inventory_items",
                        List.of(),
                        "stock_locations",
                        List.of()))
                .put("/_sandbox/state")
                .then()
                .statusCode(400)
                .body("message", containsString("format"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("format", "marqasouq-sandbox-state/1", "orders", List.of()))
                .put("/_sandbox/state")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));

        assertEquals(before, StateExport.withoutClock());
    }

    @Test
    void aMinimalDocumentReplacesEverything() {
        Map<String, Object> location = Map.of("id", "sloc_01ABC", "name", "Main Warehouse");
        RunningSandbox.control()
                .body(Map.of(
                        "format",
                        "marqasouq-sandbox-state/1",
                        "orders",
                        List.of(),
                        "customers",
                        List.of(),
                        "products",
                        List.of(),
                        "inventory_items",
                        List.of(),
                        "stock_locations",
                        List.of(location)))
                .put("/_sandbox/state")
                .then()
                .statusCode(200)
                .body("orders", equalTo(0))
                .body("customers", equalTo(0))
                .body("stock_locations", equalTo(1));

        Map<String, Object> after = StateExport.now();
        assertFalse(StateExport.list(after, "stock_locations").isEmpty());
        assertEquals(List.of(), after.get("orders"));
        assertEquals(List.of(), after.get("products"));
    }
}
