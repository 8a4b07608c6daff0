package com.marqasouq.kit.sandbox.api;

import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.PATH;
import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.SECTION_86;
import static com.marqasouq.kit.sandbox.api.OdooInventoryRequests.sync;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /odoo/inventory: one row per item with its summed quantities, filtered and paged. */
@ExtendWith(RunningSandbox.class)
class OdooInventoryListAcceptanceTest {

    @Test
    void listsOneRowPerItemWithThePaginationEnvelopeAndADefaultLimitOf100() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("inventory.size()", equalTo(Math.min(100, total)))
                .body(
                        "pagination",
                        equalTo(Map.of("total", total, "limit", 100, "offset", 0, "has_more", total > 100)));
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "inventory.find { it.sku == 'LG-CPFL1625' }",
                        equalTo(Map.of(
                                "id",
                                "iitem_odoo_71047_1769183500048",
                                "sku",
                                "LG-CPFL1625",
                                "title",
                                "Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange",
                                "stocked_quantity",
                                2,
                                "reserved_quantity",
                                0,
                                "available_quantity",
                                2,
                                "location_name",
                                "Main Warehouse")));
    }

    @Test
    void quantitiesAreSummedOverTheItemsLevels() {
        RunningSandbox.sandbox().store().write(tx -> {
            InventoryItem sleeve = tx.state().inventoryItemBySku("SLEEVE");
            InventoryLevel second = new InventoryLevel();
            second.id = "iloc_test_second";
            second.locationId = "sloc_test_second";
            second.stockedQuantity = 5;
            second.reservedQuantity = 2;
            sleeve.levels.add(second);
            sleeve.levels.get(0).reservedQuantity = 5;
            return null;
        });
        RunningSandbox.api()
                .queryParam("sku", "SLEEVE")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("inventory.find { it.sku == 'SLEEVE' }.stocked_quantity", equalTo(610))
                .body("inventory.find { it.sku == 'SLEEVE' }.reserved_quantity", equalTo(7))
                .body("inventory.find { it.sku == 'SLEEVE' }.available_quantity", equalTo(603))
                .body("inventory.find { it.sku == 'SLEEVE' }.location_name", equalTo("Main Warehouse"));
    }

    @Test
    void includeProductsAddsTheVariantAndProductOfEachItemThatHasOne() {
        sync(SECTION_86);
        RunningSandbox.api()
                .queryParam("include_products", "true")
                .queryParam("sku", "LG-CPFL1625")
                .get(PATH)
                .then()
                .statusCode(200)
                .body(
                        "inventory.find { it.sku == 'LG-CPFL1625' }.product",
                        equalTo(Map.of(
                                "variant_id", "variant_01KEVBHW79ZAPYP5J6ZFM67RST",
                                "product_id", "prod_01KEVBHW78T3MQXDHP9ZVVSRCF",
                                "product_title", "Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange")));
        RunningSandbox.api()
                .queryParam("include_products", "true")
                .queryParam("sku", "NEW-ITEM")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("inventory.find { it.sku == 'NEW-ITEM' }.sku", equalTo("NEW-ITEM"))
                .body("inventory.find { it.sku == 'NEW-ITEM' }.product", nullValue());
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get(PATH)
                .then()
                .body("inventory.find { it.sku == 'LG-CPFL1625' }.product", nullValue());
    }

    @Test
    void limitAndOffsetPageTheRowsAndSayWhetherMoreFollow() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .queryParam("limit", 1)
                .queryParam("offset", 0)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("inventory.size()", equalTo(1))
                .body("pagination", equalTo(Map.of("total", total, "limit", 1, "offset", 0, "has_more", total > 1)));
        RunningSandbox.api()
                .queryParam("limit", 1)
                .queryParam("offset", total - 1)
                .get(PATH)
                .then()
                .body("pagination.has_more", equalTo(false));
    }
}
