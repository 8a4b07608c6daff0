package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class InventoryListAcceptanceTest {

    @Test
    void listsItemsWithTheirLevelsAndTheFullEnvelope() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(total))
                .body("offset", equalTo(0))
                .body("limit", equalTo(50))
                .body("inventory_items", hasSize(Math.min(50, total)));
    }

    @Test
    void theSkuFilterFindsTheDocumentsItemExactlyAsSection31ShowsIt() {
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("inventory_items[0].id", equalTo("iitem_odoo_71047_1769183500048"))
                .body("inventory_items[0].sku", equalTo("LG-CPFL1625"))
                .body(
                        "inventory_items[0].title",
                        equalTo("Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange"))
                .body("inventory_items[0].requires_shipping", equalTo(true))
                .body(
                        "inventory_items[0].location_levels",
                        equalTo(List.of(Map.of(
                                "id",
                                "iloc_01ABC",
                                "location_id",
                                "sloc_01ABC",
                                "stocked_quantity",
                                2,
                                "reserved_quantity",
                                0,
                                "incoming_quantity",
                                0,
                                "available_quantity",
                                2))));
    }

    @Test
    void theSkuFilterIsExactAndCaseSensitive() {
        RunningSandbox.api()
                .queryParam("sku", "lg-cpfl1625")
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("inventory_items", hasSize(0));
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL")
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void limitAndOffsetPageThroughItemsOldestFirst() {
        List<String> all = RunningSandbox.sandbox()
                .store()
                .read(state -> state.inventoryItems().stream().map(i -> i.id).toList());
        RunningSandbox.api()
                .queryParam("limit", 1)
                .queryParam("offset", 1)
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(all.size()))
                .body("limit", equalTo(1))
                .body("offset", equalTo(1))
                .body("inventory_items.id", equalTo(List.of(all.get(1))));
    }

    @Test
    void anOffsetPastTheEndGivesAnEmptyPageWithTheCount() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .queryParam("offset", total)
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body("count", equalTo(total))
                .body("inventory_items", hasSize(0));
    }

    @Test
    void stockLocationsListTheMainWarehouseWithItsAddress() {
        RunningSandbox.api()
                .get("/admin/stock-locations")
                .then()
                .statusCode(200)
                .body("stock_locations.id", hasItem("sloc_01ABC"))
                .body("stock_locations.find { it.id == 'sloc_01ABC' }.name", equalTo("Main Warehouse"))
                .body("stock_locations.find { it.id == 'sloc_01ABC' }.address.city", equalTo("Kuwait City"))
                .body("stock_locations.find { it.id == 'sloc_01ABC' }.address.country_code", equalTo("kw"))
                .body(
                        "stock_locations.find { it.id == 'sloc_01ABC' }.address.address_1",
                        equalTo("Shuwaikh Industrial Area, Block 1"))
                .body(
                        "count",
                        equalTo(RunningSandbox.sandbox()
                                .store()
                                .read(state -> state.stockLocations().size())))
                .body("offset", equalTo(0));
    }
}
