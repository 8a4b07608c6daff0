package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared steps of the product tests. */
final class Products {
    static final String PLOTTER = "prod_01KEVBHW78T3MQXDHP9ZVVSRCF";
    static final String PLOTTER_VARIANT = "variant_01KEVBHW79ZAPYP5J6ZFM67RST";

    /** The document's create request (section 5.3): one managed variant with 100 in stock. */
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

    private Products() {}

    static int count() {
        return RunningSandbox.api()
                .get("/admin/products?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }

    static int countMatching(String q) {
        return RunningSandbox.api()
                .queryParam("q", q)
                .get("/admin/products")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }

    /** A product with one "Default" variant of the SKU, priced in KWD. */
    static Map<String, Object> product(String title, String sku) {
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("title", "Default");
        variant.put("sku", sku);
        variant.put("prices", List.of(Map.of("currency_code", "KWD", "amount", 1000)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("variants", List.of(variant));
        return body;
    }

    /** Creates "Gift Card", whose one variant GIFT-CARD does not manage inventory. */
    static void createGiftCard() {
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
    }

    /** The inventory item of a SKU as the store holds it, or null. */
    static InventoryItem inventoryItem(String sku) {
        return RunningSandbox.sandbox().store().read(state -> state.inventoryItemBySku(sku));
    }

    static int inventoryItemCount() {
        return RunningSandbox.sandbox()
                .store()
                .read(state -> state.inventoryItems().size());
    }
}
