package com.marqasouq.kit.sandbox.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.sandbox.RunningSandbox;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An id that does not exist, on every route that takes one: 404 {@code not_found} with the code
 * {@code NOT_FOUND} (D19) and a message naming the id, and the state is as it was. The features
 * check the status and type against any shop; the code, the message and the state are the
 * sandbox's own promises.
 */
@ExtendWith(RunningSandbox.class)
class NotFoundAcceptanceTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET   | /admin/orders/order_01UNKNOWN                 | order_01UNKNOWN |
            POST  | /admin/orders/order_01UNKNOWN                 | order_01UNKNOWN | {"metadata": {"odoo_synced": true}}
            POST  | /admin/orders/order_01UNKNOWN/cancel          | order_01UNKNOWN |
            POST  | /admin/orders/order_01UNKNOWN/fulfillments    | order_01UNKNOWN | {"items": [{"item_id": "item_01ABC", "quantity": 1}]}
            GET   | /odoo/orders/order_01UNKNOWN                  | order_01UNKNOWN |
            PATCH | /odoo/orders/order_01UNKNOWN                  | order_01UNKNOWN | {"odoo_order_id": "SO/1"}
            GET   | /admin/customers/cus_01NOBODY                 | cus_01NOBODY    |
            POST  | /admin/customers/cus_01NOBODY                 | cus_01NOBODY    | {"metadata": {"odoo_synced": true}}
            POST  | /admin/products/prod_01UNKNOWN/variants/variant_01KEVBHW79ZAPYP5J6ZFM67RST | prod_01UNKNOWN | {"prices": [{"currency_code": "KWD", "amount": 160000}]}
            POST  | /admin/products/prod_01SLEEVE0000000000000000/variants/variant_01KEVBHW79ZAPYP5J6ZFM67RST | variant_01KEVBHW79ZAPYP5J6ZFM67RST | {"prices": [{"currency_code": "KWD", "amount": 160000}]}
            POST  | /admin/inventory-items/iitem_nope/location-levels/sloc_01ABC | iitem_nope | {"stocked_quantity": 5}
            POST  | /admin/inventory/reduce-stock                 | order_nope      | {"sku": "LG-CPFL1625", "quantity": 1, "order_id": "order_nope", "reason": "order_fulfilled"}
            POST  | /admin/inventory/reduce-stock                 | order_nope      | {"order_id": "order_nope", "reason": "order_shipped", "items": [{"sku": "SLEEVE", "quantity": 2}]}
            POST  | /admin/inventory/reduce-stock                 | NO-SUCH-SKU     | {"sku": "NO-SUCH-SKU", "quantity": 1, "order_id": "order_01ABC123", "reason": "order_fulfilled"}
            """)
    void anIdThatDoesNotExistIsNotFoundNamingItAndChangesNothing(
            String method, String path, String missingId, String body) {
        JsonNode before = StateSnapshot.take();

        var request = RunningSandbox.api();
        if (body != null) {
            request.body(body);
        }
        request.request(method, path)
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("code", equalTo("NOT_FOUND"))
                .body("message", containsString(missingId));

        assertEquals(before, StateSnapshot.take(), "the state after " + method + " " + path);
    }
}
