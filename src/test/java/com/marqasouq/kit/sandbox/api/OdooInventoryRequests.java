package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.response.ValidatableResponse;

/** Odoo's inventory route, the document's sync request and a sync the sandbox accepts. */
final class OdooInventoryRequests {
    static final String PATH = "/odoo/inventory";
    /** The sync of section 8.6: two known SKUs get new quantities and NEW-ITEM is created with 50. */
    static final String SECTION_86 = """
            {
              "items": [
                {"sku": "LG-CPFL1625", "quantity": 10, "title": "Liberty Guard Plotter"},
                {"sku": "SLEEVE", "quantity": 1000, "title": "Finger Gaming Sleeve"},
                {"sku": "NEW-ITEM", "quantity": 50, "title": "New Product from Odoo"}
              ]
            }""";

    private OdooInventoryRequests() {}

    /** Sends the body, checked against the contract, and expects a 200 answer. */
    static ValidatableResponse sync(Object body) {
        return RunningSandbox.api().body(body).post(PATH).then().statusCode(200);
    }
}
