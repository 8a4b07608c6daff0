package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A create body that breaks the contract is a 400 naming the field by its path, and makes nothing. */
@ExtendWith(RunningSandbox.class)
class ProductInvalidBodyAcceptanceTest {

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments("a create without title names the field", "title", "NO-TITLE", """
                        {"variants": [{"title": "Default", "sku": "NO-TITLE",
                                       "prices": [{"currency_code": "KWD", "amount": 1000}]}]}"""),
                arguments("an unknown body field is named", "collection_id", "UNKNOWN-FIELD", """
                        {"title": "Unknown Field", "collection_id": "pcol_01",
                         "variants": [{"title": "Default", "sku": "UNKNOWN-FIELD",
                                       "prices": [{"currency_code": "KWD", "amount": 1000}]}]}"""),
                arguments("an unknown variant field is named by its path", "variants[0].weight", "W-1", """
                        {"title": "Weighted",
                         "variants": [{"title": "Default", "sku": "W-1", "weight": 100, "prices": []}]}"""),
                arguments("a negative inventory quantity names the field", "inventory_quantity", "NEG-1", """
                        {"title": "Negative",
                         "variants": [{"title": "Default", "sku": "NEG-1", "inventory_quantity": -1, "prices": []}]}"""),
                arguments("a handle that is not a slug names the field", "handle", "BAD-HANDLE", """
                        {"title": "Bad Handle", "handle": "Bad Handle!",
                         "variants": [{"title": "Default", "sku": "BAD-HANDLE",
                                       "prices": [{"currency_code": "KWD", "amount": 1000}]}]}"""),
                arguments("a currency that is not three letters names the field", "currency_code", "DINAR", """
                        {"title": "Dinar",
                         "variants": [{"title": "Default", "sku": "DINAR",
                                       "prices": [{"currency_code": "KD", "amount": 1}]}]}"""),
                arguments("a null variant is named by its path", "variants[0]", null, """
                        {"title": "Nulls", "variants": [null]}"""),
                arguments("a null price is named by its path", "variants[0].prices[0]", "NULL-PRICE", """
                        {"title": "Nulls", "variants": [{"title": "Default", "sku": "NULL-PRICE", "prices": [null]}]}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void aBodyThatBreaksTheContractIsInvalidDataNamingTheFieldAndChangesNothing(
            String behaviour, String field, String sku, String body) {
        int before = Products.count();

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/products")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(field));

        assertEquals(before, Products.count());
        if (sku != null) {
            assertEquals(0, Products.countMatching(sku));
            assertNull(Products.inventoryItem(sku));
        }
    }
}
