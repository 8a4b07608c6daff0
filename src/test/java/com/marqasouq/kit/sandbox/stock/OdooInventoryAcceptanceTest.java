package com.marqasouq.kit.sandbox.stock;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class OdooInventoryAcceptanceTest {
    private static final String ODOO = "/odoo/inventory";
    private static final String SECTION_86 = """
            {
              "items": [
                {"sku": "LG-CPFL1625", "quantity": 10, "title": "Liberty Guard Plotter"},
                {"sku": "SLEEVE", "quantity": 1000, "title": "Finger Gaming Sleeve"},
                {"sku": "NEW-ITEM", "quantity": 50, "title": "New Product from Odoo"}
              ]
            }""";

    @Test
    void listsOneRowPerItemWithThePaginationEnvelopeAndADefaultLimitOf100() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .get(ODOO)
                .then()
                .statusCode(200)
                .body("inventory.size()", equalTo(Math.min(100, total)))
                .body(
                        "pagination",
                        equalTo(Map.of("total", total, "limit", 100, "offset", 0, "has_more", total > 100)));
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get(ODOO)
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
    void theSkuFilterIsACaseInsensitiveSubstring() {
        List<String> skus = RunningSandbox.api()
                .queryParam("sku", "cpfl16")
                .queryParam("limit", 1000)
                .get(ODOO)
                .then()
                .statusCode(200)
                .extract()
                .path("inventory.sku");
        assertThat(skus, hasItem("LG-CPFL1625"));
        assertThat(skus.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(), everyItem(containsString("cpfl16")));
    }

    @Test
    void lowStockReturnsOnlyItemsWithFewerThanTenAvailable() {
        List<Integer> available = RunningSandbox.api()
                .queryParam("low_stock", "true")
                .queryParam("limit", 1000)
                .get(ODOO)
                .then()
                .statusCode(200)
                .extract()
                .path("inventory.available_quantity");
        assertThat(available, everyItem(lessThan(10)));
        RunningSandbox.api()
                .queryParam("low_stock", "true")
                .queryParam("sku", "LG-CPFL1625")
                .get(ODOO)
                .then()
                .body("inventory.sku", hasItem("LG-CPFL1625"));
        RunningSandbox.api()
                .queryParam("low_stock", "true")
                .queryParam("sku", "SLEEVE")
                .get(ODOO)
                .then()
                .body("inventory.sku", not(hasItem("SLEEVE")));
        int expected = RunningSandbox.sandbox().store().read(s -> (int)
                s.inventoryItems().stream().filter(i -> i.available() < 10).count());
        RunningSandbox.api()
                .queryParam("low_stock", "true")
                .get(ODOO)
                .then()
                .body("pagination.total", equalTo(expected));
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
                .get(ODOO)
                .then()
                .statusCode(200)
                .body("inventory.find { it.sku == 'SLEEVE' }.stocked_quantity", equalTo(610))
                .body("inventory.find { it.sku == 'SLEEVE' }.reserved_quantity", equalTo(7))
                .body("inventory.find { it.sku == 'SLEEVE' }.available_quantity", equalTo(603))
                .body("inventory.find { it.sku == 'SLEEVE' }.location_name", equalTo("Main Warehouse"));
    }

    @Test
    void includeProductsAddsTheVariantAndProductOfEachItemThatHasOne() {
        RunningSandbox.api().body(SECTION_86).post(ODOO).then().statusCode(200);
        RunningSandbox.api()
                .queryParam("include_products", "true")
                .queryParam("sku", "LG-CPFL1625")
                .get(ODOO)
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
                .get(ODOO)
                .then()
                .statusCode(200)
                .body("inventory.find { it.sku == 'NEW-ITEM' }.sku", equalTo("NEW-ITEM"))
                .body("inventory.find { it.sku == 'NEW-ITEM' }.product", nullValue());
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get(ODOO)
                .then()
                .body("inventory.find { it.sku == 'LG-CPFL1625' }.product", nullValue());
    }

    @Test
    void limitAndOffsetPageTheRowsAndSayWhetherMoreFollow() {
        int total = Stocked.itemCount();
        RunningSandbox.api()
                .queryParam("limit", 1)
                .queryParam("offset", 0)
                .get(ODOO)
                .then()
                .statusCode(200)
                .body("inventory.size()", equalTo(1))
                .body("pagination", equalTo(Map.of("total", total, "limit", 1, "offset", 0, "has_more", total > 1)));
        RunningSandbox.api()
                .queryParam("limit", 1)
                .queryParam("offset", total - 1)
                .get(ODOO)
                .then()
                .body("pagination.has_more", equalTo(false));
    }

    @Test
    void aLowStockValueOtherThanTrueOrFalseIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .queryParam("low_stock", "maybe")
                .get(ODOO)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("low_stock"));
        RunningSandbox.badRequest()
                .queryParam("include_products", "yes")
                .get(ODOO)
                .then()
                .statusCode(400)
                .body("message", containsString("include_products"));
    }

    @Test
    void badPagingValuesAreInvalidDataNamingTheParameter() {
        RunningSandbox.badRequest()
                .queryParam("limit", 0)
                .get(ODOO)
                .then()
                .statusCode(400)
                .body("message", containsString("limit"));
        RunningSandbox.badRequest()
                .queryParam("offset", -1)
                .get(ODOO)
                .then()
                .statusCode(400)
                .body("message", containsString("offset"));
    }

    @Test
    void section86sSyncAnswersTheDocumentsResponseAndCreatesTheNewItem() {
        int before = Stocked.itemCount();
        RunningSandbox.api()
                .body(SECTION_86)
                .post(ODOO)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("summary", equalTo(Map.of("total", 3, "synced", 3, "failed", 0)))
                .body(
                        "results",
                        equalTo(List.of(
                                Map.of(
                                        "sku",
                                        "LG-CPFL1625",
                                        "status",
                                        "synced",
                                        "previous_quantity",
                                        2,
                                        "new_quantity",
                                        10),
                                Map.of(
                                        "sku",
                                        "SLEEVE",
                                        "status",
                                        "synced",
                                        "previous_quantity",
                                        605,
                                        "new_quantity",
                                        1000),
                                Map.of(
                                        "sku",
                                        "NEW-ITEM",
                                        "status",
                                        "synced",
                                        "previous_quantity",
                                        0,
                                        "new_quantity",
                                        50))));
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
        RunningSandbox.api().body(SECTION_86).post(ODOO).then().statusCode(200);
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
        RunningSandbox.api()
                .body(Map.of("items", List.of(Map.of("sku", "NO-TITLE-1", "quantity", 3))))
                .post(ODOO)
                .then()
                .statusCode(200)
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
        RunningSandbox.api()
                .body(body)
                .post(ODOO)
                .then()
                .statusCode(200)
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
                .post(ODOO)
                .then()
                .statusCode(400)
                .body("message", containsString("items[1].stocked_quantity: unknown field"));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }
}
