package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningSandbox.class)
class ProductListAcceptanceTest {

    @Test
    void theDocumentsProductHasTheSection51Shape() {
        RunningSandbox.api()
                .queryParam("q", "LG-CPFL1625")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("offset", equalTo(0))
                .body("limit", equalTo(50))
                .body("products[0].id", equalTo(Products.PLOTTER))
                .body("products[0].title", equalTo("Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange"))
                .body("products[0].handle", equalTo("liberty-guard-intelligent-film-cutting-plotter-16-inch-orange"))
                .body("products[0].status", equalTo("published"))
                .body("products[0].variants", hasSize(1))
                .body("products[0].variants[0].id", equalTo(Products.PLOTTER_VARIANT))
                .body("products[0].variants[0].title", equalTo("Default"))
                .body("products[0].variants[0].sku", equalTo("LG-CPFL1625"))
                .body("products[0].variants[0]", hasKey("barcode"))
                .body("products[0].variants[0].barcode", nullValue())
                .body("products[0].variants[0].prices[0].currency_code", equalTo("KWD"))
                .body("products[0].variants[0].prices[0].amount", equalTo(150000))
                .body("products[0].variants[0].inventory_quantity", equalTo(2))
                .body("products[0].variants[0].manage_inventory", equalTo(true))
                .body("products[0].metadata.odoo_product_id", equalTo("71047"))
                .body("products[0].metadata.odoo_product_tmpl_id", equalTo("71047"));
    }

    @Test
    void theListHasTheEnvelopeAndEveryDefaultProduct() {
        List<String> stored = storedIds();
        assertThat(
                stored, hasItems(Products.PLOTTER, "prod_01SLEEVE0000000000000000", "prod_01IPHONECASE00000000000000"));

        RunningSandbox.api()
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(stored.size()))
                .body("offset", equalTo(0))
                .body("limit", equalTo(50))
                .body("products", hasSize(Math.min(50, stored.size())));
        // The largest page is 1,000 (D4) and the default data holds more: page through all of them.
        List<String> listed = new ArrayList<>();
        for (int offset = 0; offset < stored.size(); offset += 1000) {
            listed.addAll(RunningSandbox.api()
                    .queryParam("limit", 1000)
                    .queryParam("offset", offset)
                    .get("/admin/products")
                    .then()
                    .statusCode(200)
                    .body("count", equalTo(stored.size()))
                    .extract()
                    .jsonPath()
                    .getList("products.id"));
        }
        assertEquals(stored, listed);
    }

    @Test
    void inventoryQuantityFollowsTheStockOfTheSku() {
        RunningSandbox.sandbox().store().write(tx -> {
            tx.state().inventoryItemBySku("SLEEVE").levels.get(0).reservedQuantity = 5;
            return null;
        });

        RunningSandbox.api()
                .queryParam("q", "SLEEVE")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("products[0].variants[0].inventory_quantity", equalTo(600));
    }

    @Test
    void aVariantWithoutInventoryItemHasNoStock() {
        Products.createGiftCard();

        RunningSandbox.api()
                .queryParam("q", "GIFT-CARD")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("products[0].variants[0].inventory_quantity", equalTo(0))
                .body("products[0].variants[0].manage_inventory", equalTo(false));
    }

    @Test
    void limitAndOffsetPageThroughTheMatches() {
        List<String> all = storedIds();

        RunningSandbox.api()
                .queryParam("limit", 2)
                .queryParam("offset", 1)
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(all.size()))
                .body("limit", equalTo(2))
                .body("offset", equalTo(1))
                .body("products.id", contains(all.get(1), all.get(2)));
        RunningSandbox.api()
                .queryParam("limit", 2)
                .queryParam("offset", all.size() - 1)
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(all.size()))
                .body("products.id", contains(all.get(all.size() - 1)));
        RunningSandbox.api()
                .queryParam("offset", all.size())
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(all.size()))
                .body("products", hasSize(0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "q, ''",
    })
    void anEmptySearchIsInvalidDataNamingIt(String parameter, String value) {
        RunningSandbox.badRequest()
                .queryParam(parameter, value)
                .get("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("code", equalTo("INVALID_DATA"))
                .body("message", containsString(parameter));
    }

    /** The ids of all products in the order the list promises: created_at, then id (D4). */
    private static List<String> storedIds() {
        return RunningSandbox.sandbox()
                .store()
                .read(state -> state.products().stream().map(p -> p.id).toList());
    }

    private static List<String> ids(String q) {
        return RunningSandbox.api()
                .queryParam("q", q)
                .queryParam("limit", 1000)
                .get("/admin/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("products.id");
    }

    @Test
    void anUnknownQueryParameterIsIgnored() {
        RunningSandbox.badRequest()
                .queryParam("fields", "+variants.inventory_quantity")
                .queryParam("q", "SLEEVE")
                .get("/admin/products")
                .then()
                .statusCode(200)
                .body("count", equalTo(1));
    }
}
