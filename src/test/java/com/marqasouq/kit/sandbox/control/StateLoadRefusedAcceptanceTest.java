package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** PUT /_sandbox/state refuses a document it cannot load, naming what is wrong, and keeps the state. */
@ExtendWith(RunningSandbox.class)
class StateLoadRefusedAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("a duplicate customer id", "customers[1].id", d -> copyFromFirst(d, "customers", "id")),
                broken(
                        "a duplicate e-mail in another case",
                        "customers[1].email",
                        d -> entry(d, "customers", 1)
                                .put("email", ((String) entry(d, "customers", 0).get("email")).toUpperCase())),
                broken(
                        "a duplicate inventory SKU",
                        "inventory_items[1].sku",
                        d -> copyFromFirst(d, "inventory_items", "sku")),
                broken("a duplicate product handle", "products[1].handle", d -> copyFromFirst(d, "products", "handle")),
                broken(
                        "an order of an unknown customer",
                        "customer_id",
                        d -> seedOrder(d).put("customer_id", "cus_GHOST")),
                broken(
                        "a level at an unknown location",
                        "location_id",
                        d -> firstLevel(d).put("location_id", "sloc_NOWHERE")),
                broken(
                        "a negative stocked quantity",
                        "stocked_quantity",
                        d -> firstLevel(d).put("stocked_quantity", -1)),
                broken(
                        "a line item quantity of zero",
                        "items[0].quantity",
                        d -> seedItem(d).put("quantity", 0)),
                broken("an unknown order status", "status", d -> seedOrder(d).put("status", "shipped")),
                broken(
                        "an order without shipping address",
                        "shipping_address",
                        d -> seedOrder(d).remove("shipping_address")),
                broken(
                        "a payment status outside D6",
                        "payments[0].status",
                        d -> StateExport.list(seedOrder(d), "payments").get(0).put("status", "authorized")),
                broken(
                        "an unknown product status",
                        "archived",
                        d -> entry(d, "products", 0).put("status", "archived")),
                broken(
                        "an id without its prefix",
                        "orders[0].id",
                        d -> entry(d, "orders", 0).put("id", "12345")),
                broken(
                        "a timestamp that is not RFC 3339",
                        "created_at",
                        d -> seedOrder(d).put("created_at", "30/01/2026")),
                broken(
                        "a string where a number belongs",
                        "unit_price",
                        d -> seedItem(d).put("unit_price", "150.000")),
                broken(
                        "a misspelt field",
                        "emial",
                        d -> entry(d, "customers", 0).put("emial", "x@example.com")),
                broken(
                        "a missing creation time",
                        "created_at",
                        d -> entry(d, "customers", 0).remove("created_at")));
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
                .body(StateExport.empty("marqasouq-sandbox-state/9", List.of()))
                .put("/_sandbox/state")
                .then()
                .statusCode(400)
                .body("message", containsString("format"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("format", StateExport.FORMAT, "orders", List.of()))
                .put("/_sandbox/state")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));

        assertEquals(before, StateExport.withoutClock());
    }

    private static Arguments broken(String what, String named, Consumer<Map<String, Object>> change) {
        return Arguments.of(what, named, change);
    }

    private static Map<String, Object> entry(Map<String, Object> document, String collection, int index) {
        return StateExport.list(document, collection).get(index);
    }

    /** Gives the collection's second entity the field's value of its first one. */
    private static void copyFromFirst(Map<String, Object> document, String collection, String field) {
        entry(document, collection, 1).put(field, entry(document, collection, 0).get(field));
    }

    private static Map<String, Object> seedOrder(Map<String, Object> document) {
        return StateExport.find(document, "orders", "order_01ABC123");
    }

    private static Map<String, Object> seedItem(Map<String, Object> document) {
        return StateExport.list(seedOrder(document), "items").get(0);
    }

    private static Map<String, Object> firstLevel(Map<String, Object> document) {
        return StateExport.list(entry(document, "inventory_items", 0), "levels").get(0);
    }
}
