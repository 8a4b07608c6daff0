package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A create whose handle or SKU is taken is a 409 conflict naming the field, and makes nothing. */
@ExtendWith(RunningSandbox.class)
class ProductDuplicateAcceptanceTest {

    @Test
    void aTakenHandleIsADuplicateAndChangesNothing() {
        Map<String, Object> body = Products.product("Another Plotter", "OTHER-PLOTTER");
        body.put("handle", "liberty-guard-intelligent-film-cutting-plotter-16-inch-orange");

        assertDuplicate(body, "DUPLICATE_HANDLE", "handle");

        assertEquals(0, Products.countMatching("OTHER-PLOTTER"));
        assertNull(Products.inventoryItem("OTHER-PLOTTER"));
    }

    @Test
    void aTitleWhoseSlugIsTakenIsADuplicateHandle() {
        assertDuplicate(Products.product("Finger Gaming Sleeve", "SLEEVE-2"), "DUPLICATE_HANDLE", "handle");

        assertEquals(0, Products.countMatching("SLEEVE-2"));
    }

    @Test
    void aSkuOfAnotherProductIsADuplicateAndChangesNothing() {
        int stock = Products.inventoryItem("LG-CPFL1625").stocked();

        assertDuplicate(Products.product("Plotter Copy", "LG-CPFL1625"), "DUPLICATE_SKU", "variants[0].sku");

        assertEquals(0, Products.countMatching("plotter copy"));
        assertEquals(stock, Products.inventoryItem("LG-CPFL1625").stocked());
    }

    @Test
    void aSkuGivenTwiceInOneRequestIsADuplicate() {
        Map<String, Object> variant = Map.of(
                "title", "Red", "sku", "TWIN-SKU", "prices", List.of(Map.of("currency_code", "KWD", "amount", 1000)));
        Map<String, Object> body = Map.of(
                "title",
                "Twin Variants",
                "variants",
                List.of(variant, Map.of("title", "Blue", "sku", "TWIN-SKU", "prices", List.of())));

        assertDuplicate(body, "DUPLICATE_SKU", "variants[1].sku");

        assertNull(Products.inventoryItem("TWIN-SKU"));
    }

    /** The create is a conflict with the code and a message naming the field, and the product count stays. */
    private static void assertDuplicate(Object body, String code, String field) {
        int before = Products.count();

        RunningSandbox.api()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo(code))
                .body("message", containsString(field));

        assertEquals(before, Products.count());
    }
}
