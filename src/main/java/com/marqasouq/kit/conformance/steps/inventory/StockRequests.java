package com.marqasouq.kit.conformance.steps.inventory;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests that change stock, built from Gherkin tables written with the scenario's SKU
 * names: a stock batch (section 3.4), an Odoo sync (8.6) and a reduction in either form (3.5,
 * 8.8).
 */
final class StockRequests {
    private StockRequests() {}

    /** Rows {@code | sku | stocked_quantity |}. */
    static ApiResult batch(World world, InventorySkus skus, List<Map<String, String>> rows) {
        List<Map<String, Object>> updates = new ArrayList<>();
        for (Map<String, String> row : rows) {
            updates.add(Map.of(
                    "sku",
                    skus.sku(row.get("sku")),
                    "stocked_quantity",
                    Integer.parseInt(row.get("stocked_quantity"))));
        }
        return world.call("POST", "/admin/inventory/batch-update")
                .body(Json.write(Map.of("updates", updates)))
                .send();
    }

    /** Rows {@code | sku | quantity | title? |}. */
    static ApiResult sync(World world, InventorySkus skus, List<Map<String, String>> rows) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", skus.sku(row.get("sku")));
            item.put("quantity", Integer.parseInt(row.get("quantity")));
            if (row.get("title") != null && !row.get("title").isBlank()) {
                item.put("title", row.get("title"));
            }
            items.add(item);
        }
        return world.call("POST", "/odoo/inventory")
                .body(Json.write(Map.of("items", items)))
                .send();
    }

    /** The single form of section 3.5. */
    static ApiResult reduceOne(World world, String sku, int quantity, String orderId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("quantity", quantity);
        body.put("order_id", orderId);
        body.put("reason", reason);
        return reduce(world, body);
    }

    /** The items form of section 8.8; rows {@code | sku | quantity |}. */
    static ApiResult reduceItems(
            World world, InventorySkus skus, String orderId, String reason, List<Map<String, String>> rows) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, String> row : rows) {
            items.add(Map.of("sku", skus.sku(row.get("sku")), "quantity", Integer.parseInt(row.get("quantity"))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", orderId);
        body.put("reason", reason);
        body.put("items", items);
        return reduce(world, body);
    }

    private static ApiResult reduce(World world, Map<String, Object> body) {
        return world.call("POST", "/admin/inventory/reduce-stock")
                .body(Json.write(body))
                .send();
    }

    /** A body the contract refuses, sent as it is: only the answer is checked. */
    static ApiResult refused(World world, String method, String path, String json) {
        ApiCall call = world.call(method, path).deliberatelyInvalid();
        return call.body(json).send();
    }
}
