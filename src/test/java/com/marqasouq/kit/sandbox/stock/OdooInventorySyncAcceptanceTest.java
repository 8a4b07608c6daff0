package com.marqasouq.kit.sandbox.stock;

import static com.marqasouq.kit.sandbox.stock.OdooInventoryRequests.PATH;
import static com.marqasouq.kit.sandbox.stock.OdooInventoryRequests.SECTION_86;
import static com.marqasouq.kit.sandbox.stock.OdooInventoryRequests.sync;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /odoo/inventory: Odoo's quantities set item by item, a new SKU made into a new item. */
@ExtendWith(RunningSandbox.class)
class OdooInventorySyncAcceptanceTest {

    @Test
    void section86sSyncAnswersTheDocumentsResponseAndCreatesTheNewItem() {
        int before = Stocked.itemCount();
        sync(SECTION_86)
                .body("success", equalTo(true))
                .body("summary", equalTo(Map.of("total", 3, "synced", 3, "failed", 0)))
                .body(
                        "results",
                        equalTo(List.of(
                                synced("LG-CPFL1625", 2, 10), synced("SLEEVE", 605, 1000), synced("NEW-ITEM", 0, 50))));
        assertThat(Stocked.itemCount(), is(before + 1));
        assertThat(Stocked.at("LG-CPFL1625"), is(10));
        assertThat(Stocked.at("SLEEVE"), is(1000));
        RunningSandbox.api()
                .queryParam("sku", "NEW-ITEM")
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("inventory_items[0].id", matchesPattern("^iitem_[0-9A-Z]{26}$"))
                .body("inventory_items[0].title", equalTo("New Product from Odoo"))
                .body("inventory_items[0].location_levels.location_id", equalTo(List.of("sloc_01ABC")))
                .body("inventory_items[0].location_levels[0].stocked_quantity", equalTo(50));
    }

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
