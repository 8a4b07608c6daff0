package com.marqasouq.kit.sandbox.products;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class ProductCreateAcceptanceTest {

    static final String SECTION_5_3 = """
            {
              "title": "New Product from Odoo",
              "handle": "new-product-from-odoo",
              "status": "published",
              "options": [
                {
                  "title": "Default"
                }
              ],
              "variants": [
                {
                  "title": "Default",
                  "sku": "NEW-SKU-001",
                  "prices": [
                    {
                      "currency_code": "KWD",
                      "amount": 25000
                    }
                  ],
                  "manage_inventory": true,
                  "inventory_quantity": 100
                }
              ],
              "metadata": {
                "odoo_product_id": "99999",
                "odoo_product_tmpl_id": "99999"
              }
            }""";

    @Test
    void theDocumentsCreateRequestMakesTheProductWithItsStock() {
        int before = Products.count();

        String id = RunningSandbox.api()
                .body(SECTION_5_3)
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.id", matchesPattern("^prod_[0-9A-HJKMNP-TV-Z]{26}$"))
                .body("product.title", equalTo("New Product from Odoo"))
                .body("product.handle", equalTo("new-product-from-odoo"))
                .body("product.status", equalTo("published"))
                .body("product.variants", hasSize(1))
                .body("product.variants[0].id", matchesPattern("^variant_[0-9A-HJKMNP-TV-Z]{26}$"))
                .body("product.variants[0].title", equalTo("Default"))
                .body("product.variants[0].sku", equalTo("NEW-SKU-001"))
                .body("product.variants[0]", hasKey("barcode"))
                .body("product.variants[0].barcode", nullValue())
                .body("product.variants[0].prices[0].currency_code", equalTo("KWD"))
                .body("product.variants[0].prices[0].amount", equalTo(25000))
                .body("product.variants[0].inventory_quantity", equalTo(100))
                .body("product.variants[0].manage_inventory", equalTo(true))
                .body("product.metadata.odoo_product_id", equalTo("99999"))
                .extract()
                .path("product.id");

        assertEquals(before + 1, Products.count());
        RunningSandbox.api()
                .queryParam("q", "NEW-SKU-001")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("products[0].id", equalTo(id))
                .body("products[0].variants[0].inventory_quantity", equalTo(100));
        InventoryItem item = Products.inventoryItem("NEW-SKU-001");
        assertThat(item.id, matchesPattern("^iitem_[0-9A-HJKMNP-TV-Z]{26}$"));
        assertEquals("New Product from Odoo", item.title);
        InventoryLevel level = item.level(StockLocation.DEFAULT_ID);
        assertThat(level.id, matchesPattern("^iloc_[0-9A-HJKMNP-TV-Z]{26}$"));
        assertEquals(100, level.stockedQuantity);
    }

    @Test
    void theNewVariantsStockIsListedByTheInventoryRoute() {
        RunningSandbox.api().body(SECTION_5_3).post("/admin/products").then().statusCode(200);

        Response items = RunningSandbox.api().queryParam("sku", "NEW-SKU-001").get("/admin/inventory-items");
        assumeTrue(items.statusCode() != 500, "the inventory routes are not served in this build");
        items.then()
                .statusCode(200)
                .body("inventory_items", hasSize(1))
                .body("inventory_items[0].sku", equalTo("NEW-SKU-001"))
                .body("inventory_items[0].location_levels[0].location_id", equalTo("sloc_01ABC"))
                .body("inventory_items[0].location_levels[0].stocked_quantity", equalTo(100))
                .body("inventory_items[0].location_levels[0].available_quantity", equalTo(100));
    }

    @Test
    void theHandleDefaultsToTheSlugOfTheTitle() {
        RunningSandbox.api()
                .body(Products.product("Ṣaḥn Dallah — Brass Coffee Pot 1.5L", "DALLAH-15"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.handle", equalTo("sahn-dallah-brass-coffee-pot-1-5l"));

        RunningSandbox.api()
                .queryParam("q", "sahn-dallah")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("products[0].variants[0].sku", equalTo("DALLAH-15"));
    }

    @Test
    void aManagedVariantWithoutQuantityGetsAnEmptyInventoryItemThatOdooCanFill() {
        RunningSandbox.api()
                .body(Products.product("Prayer Mat", "PRAYER-MAT"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(0));

        InventoryItem item = Products.inventoryItem("PRAYER-MAT");
        assertThat(item, notNullValue());
        assertEquals(0, item.level(StockLocation.DEFAULT_ID).stockedQuantity);
    }

    @Test
    void anUnmanagedVariantWithoutQuantityGetsNoInventoryItem() {
        int before = Products.inventoryItemCount();
        RunningSandbox.api()
                .body(Map.of(
                        "title",
                        "Gift Card",
                        "variants",
                        List.of(Map.of(
                                "title",
                                "Default",
                                "sku",
                                "GIFT-CARD",
                                "manage_inventory",
                                false,
                                "prices",
                                List.of(Map.of("currency_code", "KWD", "amount", 5000))))))
                .post("/admin/products")
                .then()
                .statusCode(200);

        assertNull(Products.inventoryItem("GIFT-CARD"));
        assertEquals(before, Products.inventoryItemCount());
    }

    @Test
    void anInventoryItemOfTheSkuThatBelongsToNoProductIsAdopted() {
        addOrphanItem("ODOO-FIRST", 7);
        int items = Products.inventoryItemCount();

        Map<String, Object> body = Products.product("Synced From Odoo First", "ODOO-FIRST");
        @SuppressWarnings("unchecked")
        Map<String, Object> variant = ((List<Map<String, Object>>) body.get("variants")).get(0);
        variant.put("inventory_quantity", 40);
        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(40));

        assertEquals(items, Products.inventoryItemCount());
        InventoryItem item = Products.inventoryItem("ODOO-FIRST");
        assertEquals("iitem_odoo_orphan", item.id);
        assertEquals(40, item.level(StockLocation.DEFAULT_ID).stockedQuantity);
    }

    @Test
    void anAdoptedItemKeepsItsStockWhenNoQuantityIsSent() {
        addOrphanItem("ODOO-KEEP", 12);

        RunningSandbox.api()
                .body(Products.product("Kept Stock", "ODOO-KEEP"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].inventory_quantity", equalTo(12));
    }

    @Test
    void aLowerCaseCurrencyIsAcceptedAndStoredUpperCase() {
        Map<String, Object> body = Map.of(
                "title",
                "Oud Incense",
                "variants",
                List.of(Map.of(
                        "title",
                        "Default",
                        "sku",
                        "OUD-INCENSE-LC",
                        "prices",
                        List.of(
                                Map.of("currency_code", "kwd", "amount", 7500),
                                Map.of("currency_code", "Usd", "amount", 24000)))));

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.variants[0].prices.currency_code", contains("KWD", "USD"));

        RunningSandbox.api()
                .queryParam("q", "OUD-INCENSE-LC")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("products[0].variants[0].sku", equalTo("OUD-INCENSE-LC"))
                .body("products[0].variants[0].prices.currency_code", contains("KWD", "USD"))
                .body("products[0].variants[0].prices.amount", contains(7500, 24000));
        List<Long> stored = RunningSandbox.sandbox().store().read(state -> {
            Variant variant = state.variantBySku("OUD-INCENSE-LC");
            return List.of(variant.price("KWD"), variant.price("USD"));
        });
        assertEquals(List.of(7500L, 24000L), stored);
    }

    @Test
    void aTakenHandleIsADuplicateAndChangesNothing() {
        int before = Products.count();
        Map<String, Object> body = Products.product("Another Plotter", "OTHER-PLOTTER");
        body.put("handle", "liberty-guard-intelligent-film-cutting-plotter-16-inch-orange");

        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("DUPLICATE_HANDLE"))
                .body("message", containsString("handle"));

        assertEquals(before, Products.count());
        assertEquals(0, Products.countMatching("OTHER-PLOTTER"));
        assertNull(Products.inventoryItem("OTHER-PLOTTER"));
    }

    @Test
    void aTitleWhoseSlugIsTakenIsADuplicateHandle() {
        RunningSandbox.api()
                .body(Products.product("Finger Gaming Sleeve", "SLEEVE-2"))
                .post("/admin/products")
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_HANDLE"));

        assertEquals(0, Products.countMatching("SLEEVE-2"));
    }

    @Test
    void aSkuOfAnotherProductIsADuplicateAndChangesNothing() {
        int before = Products.count();
        int stock = Products.inventoryItem("LG-CPFL1625").stocked();
        Map<String, Object> body = Products.product("Plotter Copy", "LG-CPFL1625");

        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("DUPLICATE_SKU"))
                .body("message", containsString("variants[0].sku"));

        assertEquals(before, Products.count());
        assertEquals(0, Products.countMatching("plotter copy"));
        assertEquals(stock, Products.inventoryItem("LG-CPFL1625").stocked());
    }

    @Test
    void aSkuGivenTwiceInOneRequestIsADuplicate() {
        int before = Products.count();
        Map<String, Object> variant = Map.of(
                "title", "Red", "sku", "TWIN-SKU", "prices", List.of(Map.of("currency_code", "KWD", "amount", 1000)));
        Map<String, Object> body = Map.of(
                "title",
                "Twin Variants",
                "variants",
                List.of(variant, Map.of("title", "Blue", "sku", "TWIN-SKU", "prices", List.of())));

        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_SKU"))
                .body("message", containsString("variants[1].sku"));

        assertEquals(before, Products.count());
        assertNull(Products.inventoryItem("TWIN-SKU"));
    }

    @Test
    void aCreateWithoutTitleIsInvalidDataNamingTheFieldAndChangesNothing() {
        int before = Products.count();
        Map<String, Object> body = Products.product("x", "NO-TITLE");
        body.remove("title");

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("title"));

        assertEquals(before, Products.count());
        assertNull(Products.inventoryItem("NO-TITLE"));
    }

    @Test
    void anUnknownBodyFieldIsInvalidDataNamingTheField() {
        int before = Products.count();
        Map<String, Object> body = Products.product("Unknown Field", "UNKNOWN-FIELD");
        body.put("collection_id", "pcol_01");

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("collection_id"));

        assertEquals(before, Products.count());
    }

    @Test
    void anUnknownVariantFieldIsInvalidDataNamingItsPath() {
        Map<String, Object> body = Map.of(
                "title",
                "Weighted",
                "variants",
                List.of(Map.of("title", "Default", "sku", "W-1", "weight", 100, "prices", List.of())));

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("message", containsString("weight"));

        assertEquals(0, Products.countMatching("W-1"));
    }

    @Test
    void aNegativeInventoryQuantityIsInvalidDataNamingTheField() {
        Map<String, Object> body = Map.of(
                "title",
                "Negative",
                "variants",
                List.of(Map.of("title", "Default", "sku", "NEG-1", "inventory_quantity", -1, "prices", List.of())));

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("inventory_quantity"));

        assertNull(Products.inventoryItem("NEG-1"));
    }

    @Test
    void aHandleThatIsNotASlugIsInvalidDataNamingTheField() {
        Map<String, Object> body = Products.product("Bad Handle", "BAD-HANDLE");
        body.put("handle", "Bad Handle!");

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("message", containsString("handle"));
    }

    @Test
    void aCurrencyThatIsNotThreeLettersIsInvalidDataNamingTheField() {
        Map<String, Object> body = Map.of(
                "title",
                "Dinar",
                "variants",
                List.of(Map.of(
                        "title",
                        "Default",
                        "sku",
                        "DINAR",
                        "prices",
                        List.of(Map.of("currency_code", "KD", "amount", 1)))));

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("message", containsString("currency_code"));

        assertEquals(0, Products.countMatching("DINAR"));
    }

    @Test
    void aNullVariantOrPriceIsInvalidDataNamingItsPath() {
        int before = Products.count();

        RunningSandbox.badRequest()
                .body("{\"title\":\"Nulls\",\"variants\":[null]}")
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("variants[0]"));
        RunningSandbox.badRequest()
                .body(
                        "{\"title\":\"Nulls\",\"variants\":[{\"title\":\"Default\",\"sku\":\"NULL-PRICE\",\"prices\":[null]}]}")
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("message", containsString("variants[0].prices[0]"));

        assertEquals(before, Products.count());
    }

    @Test
    void aProductWithoutVariantsIsAllowed() {
        RunningSandbox.api()
                .body(Map.of("title", "Coming Soon", "status", "draft"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.status", equalTo("draft"))
                .body("product.variants", empty());
    }

    private static void addOrphanItem(String sku, int stocked) {
        RunningSandbox.sandbox().store().write(tx -> {
            InventoryItem item = new InventoryItem();
            item.id = "iitem_odoo_orphan";
            item.sku = sku;
            item.title = "Synced from Odoo before its product";
            item.createdAt = Instant.parse("2026-01-31T00:00:00Z");
            InventoryLevel level = new InventoryLevel();
            level.id = "iloc_odoo_orphan";
            level.locationId = StockLocation.DEFAULT_ID;
            level.stockedQuantity = stocked;
            item.levels.add(level);
            tx.state().addInventoryItem(item);
            return null;
        });
    }
}
