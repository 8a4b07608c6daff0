package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.PATH;
import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.SECTION_86;
import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.sync;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /odoo/inventory: Odoo's quantities set item by item, a new SKU made into a new item. */
@ExtendWith(RunningSandbox.class)
class OdooInventorySyncAcceptanceTest {

    @Test
    void anExistingItemKeepsItsTitle() {
        sync(SECTION_86);
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get("/admin/inventory-items")
                .then()
                .body(
                        "inventory_items[0].title",
                        equalTo("Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange"));
    }

    @Test
    void aNewSkuWithoutTitleIsTitledWithItsSku() {
        sync(Map.of("items", List.of(Map.of("sku", "NO-TITLE-1", "quantity", 3))))
                .body("results[0].status", equalTo("synced"));
        RunningSandbox.api()
                .queryParam("sku", "NO-TITLE-1")
                .get("/admin/inventory-items")
                .then()
                .body("inventory_items[0].title", equalTo("NO-TITLE-1"));
    }

    @Test
    void negativeAndRepeatedEntriesFailAloneAndCreateNothing() {
        int before = Stocked.itemCount();
        String body = """
                {"items": [
                  {"sku": "SLEEVE", "quantity": 700},
                  {"sku": "NEG-NEW", "quantity": -1, "title": "Never"},
                  {"sku": "TWICE-NEW", "quantity": 4},
                  {"sku": "TWICE-NEW", "quantity": 5}
                ]}""";
        sync(body)
                .body("success", equalTo(false))
                .body("summary", equalTo(Map.of("total", 4, "synced", 1, "failed", 3)))
                .body("results.status", equalTo(List.of("synced", "invalid", "duplicate", "duplicate")))
                .body("results[1].message", containsString("quantity"));
        assertThat(Stocked.at("SLEEVE"), is(700));
        assertThat(Stocked.itemCount(), is(before));
    }

    @Test
    void anUnknownFieldInAnItemIsInvalidDataNamingItAndNothingIsSynced() {
        String body = """
                {"items": [
                  {"sku": "SLEEVE", "quantity": 700},
                  {"sku": "LG-CPFL1625", "quantity": 1, "stocked_quantity": 1}
                ]}""";
        RunningSandbox.badRequest()
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("message", containsString("items[1].stocked_quantity: unknown field"));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    /** A result row of a synced item. */
    private static Map<String, Object> synced(String sku, int previousQuantity, int newQuantity) {
        return Map.of(
                "sku", sku, "status", "synced", "previous_quantity", previousQuantity, "new_quantity", newQuantity);
    }
}
