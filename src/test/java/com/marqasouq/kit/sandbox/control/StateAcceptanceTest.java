package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET and PUT /_sandbox/state: the exported document, and loading it back as it is or changed. */
@ExtendWith(RunningSandbox.class)
class StateAcceptanceTest {

    @Test
    void theExportIsTheVersionedDocumentWithSnakeCaseEntitiesAndRfc3339Times() {
        RunningSandbox.control()
                .get("/_sandbox/state")
                .then()
                .statusCode(200)
                .body("format", equalTo(StateExport.FORMAT))
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
        Map<String, Object> sleeve = StateExport.findBy(document, "inventory_items", "sku", "SLEEVE");
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
        Map<String, Object> sleeveAfter = StateExport.findBy(after, "inventory_items", "sku", "SLEEVE");
        assertEquals(7, StateExport.list(sleeveAfter, "levels").get(0).get("stocked_quantity"));
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

    @Test
    void aMinimalDocumentReplacesEverything() {
        RunningSandbox.control()
                .body(StateExport.empty(StateExport.FORMAT, List.of(StateExport.MAIN_WAREHOUSE)))
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
