package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating a product: the answer, the handle, the prices and what the product list shows afterwards. */
@ExtendWith(RunningSandbox.class)
class ProductCreateAcceptanceTest {

    @Test
    void theDocumentsCreateRequestMakesTheProductWithItsStock() {
        int before = Products.count();

        String id = RunningSandbox.api()
                .body(Products.SECTION_5_3)
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
    void aProductWithoutVariantsIsAllowed() {
        RunningSandbox.api()
                .body(Map.of("title", "Coming Soon", "status", "draft"))
                .post("/admin/products")
                .then()
                .statusCode(200)
                .body("product.status", equalTo("draft"))
                .body("product.variants", empty());
    }
}
