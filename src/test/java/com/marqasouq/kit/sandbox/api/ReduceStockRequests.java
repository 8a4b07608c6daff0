package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.response.ValidatableResponse;

/** The document's two forms of POST /admin/inventory/reduce-stock, and a reduction the sandbox accepts. */
final class ReduceStockRequests {
    static final String PATH = "/admin/inventory/reduce-stock";
    /** The single form of section 3.5: one unit of LG-CPFL1625 for order_01ABC123. */
    static final String SECTION_35 = """
            {
              "sku": "LG-CPFL1625",
              "quantity": 1,
              "order_id": "order_01ABC123",
              "reason": "order_fulfilled"
            }""";
    /** The items form of section 8.8: one LG-CPFL1625 and two SLEEVE for order_01ABC123. */
    static final String SECTION_88 = """
            {
              "order_id": "order_01ABC123",
              "reason": "order_shipped",
              "items": [
                {"sku": "LG-CPFL1625", "quantity": 1},
                {"sku": "SLEEVE", "quantity": 2}
              ]
            }""";

    private ReduceStockRequests() {}

    /** Sends the body, checked against the contract, and expects a 200 answer. */
    static ValidatableResponse reduce(Object body) {
        return RunningSandbox.api().body(body).post(PATH).then().statusCode(200);
    }
}
