package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Implementations that get the stock rules wrong: reductions, batches, levels, locations, Odoo's sync. */
final class StockRuleDefects {
    private static final String REDUCE = "/admin/inventory/reduce-stock";
    private static final String BATCH = "/admin/inventory/batch-update";
    private static final String INSUFFICIENT_STOCK =
            "{\"type\": \"conflict\", \"message\": \"Not enough stock\", \"code\": \"INSUFFICIENT_STOCK\"}";

    private StockRuleDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("reduce-stock-reason-ignored", "stock", "@op:reduceStock and @decision:D14")
                        .onRequest(r -> r.is("POST", REDUCE)
                                ? r.withBody(Bodies.edit(r.text(), o -> o.put("reason", "order_fulfilled")))
                                : r)
                        .build(),
                defect("reduce-stock-for-a-missing-order-succeeds", "stock", "@op:reduceStock and not @needs-order")
                        .onResponse((q, r) ->
                                q.is("POST", REDUCE) && r.status() == 404 ? r.with(200, "{\"success\": true}") : r)
                        .build(),
                // Stock looked up as 0 when no item has the SKU: short of stock instead of not found.
                defect(
                                "reduce-stock-unknown-sku-reported-as-short-of-stock",
                                "stock",
                                "@op:reduceStock and @needs-order")
                        .onResponse((q, r) -> q.is("POST", REDUCE) && r.status() == 404 && namesItsSku(q, r)
                                ? r.with(409, INSUFFICIENT_STOCK)
                                : r)
                        .build(),
                // "stock <= quantity" where "stock < quantity" was meant: the last unit is never sold.
                defect("reduce-stock-refuses-the-last-unit", "stock", "@op:reduceStock and @decision:D14")
                        .onResponse((q, r) -> q.is("POST", REDUCE)
                                        && r.status() == 200
                                        && Bodies.object(r.text())
                                                        .path("inventory_item")
                                                        .path("new_quantity")
                                                        .asInt(-1)
                                                == 0
                                ? r.with(409, INSUFFICIENT_STOCK)
                                : r)
                        .build(),
                defect("batch-update-applies-the-last-of-a-repeated-sku", "stock", "@op:batchUpdateInventory")
                        .onRequest(r -> r.is("POST", BATCH)
                                ? r.withBody(Bodies.edit(r.text(), StockRuleDefects::lastOfEachSku))
                                : r)
                        .build(),
                defect("batch-update-reports-failed-entries-as-updated", "stock", "@op:batchUpdateInventory")
                        .onResponse((q, r) -> q.is("POST", BATCH) && r.status() == 200
                                ? r.withBody(Bodies.edit(r.text(), StockRuleDefects::allUpdated))
                                : r)
                        .build(),
                defect("location-level-negative-stock-set-to-zero", "stock", "@op:updateLocationLevel")
                        .onRequest(r -> r.is("POST", "/admin/inventory-items/[^/]+/location-levels/[^/]+")
                                ? r.withBody(Bodies.edit(r.text(), o -> {
                                    if (o.path("stocked_quantity").asInt() < 0) {
                                        o.put("stocked_quantity", 0);
                                    }
                                }))
                                : r)
                        .build(),
                // A JavaScript-style "if (!quantity)" takes 0 for a missing value.
                defect("location-level-zero-stock-refused", "stock", "@op:updateLocationLevel and @doc:3.3")
                        .onRequest(r -> r.is("POST", "/admin/inventory-items/[^/]+/location-levels/[^/]+")
                                        && Bodies.object(r.text())
                                                        .path("stocked_quantity")
                                                        .asInt(-1)
                                                == 0
                                ? r.withBody("{}")
                                : r)
                        .build(),
                defect("odoo-inventory-sync-not-applied", "stock", "@op:syncOdooInventory and not @auth")
                        .answerInstead(r -> r.is("POST", "/odoo/inventory") ? pretendSynced(r) : null)
                        .build(),
                defect("odoo-inventory-sku-filter-ignored", "filters", "@op:listOdooInventory and @decision:D5")
                        .onRequest(r -> r.is("GET", "/odoo/inventory") ? r.withoutQueryParameter("sku") : r)
                        .build(),
                // Locations listed from a table of the integration's own, under ids no level uses.
                defect("stock-locations-listed-under-other-ids", "stock", "@op:listStockLocations")
                        .onResponse((q, r) -> q.is("GET", "/admin/stock-locations") && r.status() == 200
                                ? r.withBody(Bodies.edit(
                                        r.text(),
                                        page -> Bodies.eachOf(
                                                page,
                                                "stock_locations",
                                                l -> l.put(
                                                        "id",
                                                        "sloc_WH" + l.path("id").asText()))))
                                : r)
                        .build(),
                defect("new-product-stock-ignored", "stock", "@op:createProduct and @doc:5.3")
                        .onRequest(r -> r.is("POST", "/admin/products")
                                ? r.withBody(Bodies.edit(
                                        r.text(),
                                        o -> Bodies.eachOf(o, "variants", v -> v.remove("inventory_quantity"))))
                                : r)
                        .build());
    }

    /** A one-SKU reduction refused because of its SKU rather than its order. */
    private static boolean namesItsSku(ProxyRequest request, ProxyResponse response) {
        String sku = Bodies.object(request.text()).path("sku").asText("");
        return !sku.isEmpty()
                && Bodies.object(response.text()).path("message").asText().contains(sku);
    }

    private static void lastOfEachSku(ObjectNode batch) {
        Map<String, JsonNode> last = new LinkedHashMap<>();
        batch.path("updates").forEach(u -> last.put(u.path("sku").asText(), u));
        ArrayNode updates = batch.putArray("updates");
        last.values().forEach(updates::add);
    }

    private static void allUpdated(ObjectNode answer) {
        Bodies.eachOf(answer, "results", result -> result.put("status", "updated"));
        answer.put("success", true)
                .put(
                        "updated",
                        answer.path("updated").asInt() + answer.path("failed").asInt())
                .put("failed", 0);
    }

    private static ProxyResponse pretendSynced(ProxyRequest request) {
        ObjectNode body = Bodies.object(request.text());
        ObjectNode answer = Bodies.JSON.createObjectNode().put("success", true);
        answer.putObject("summary")
                .put("total", body.path("items").size())
                .put("synced", body.path("items").size())
                .put("failed", 0);
        body.path("items")
                .forEach(item -> answer.withArray("results")
                        .addObject()
                        .put("sku", item.path("sku").asText())
                        .put("status", "synced")
                        .put("previous_quantity", 0)
                        .put("new_quantity", item.path("quantity").asInt()));
        return StockAndTransitionDefects.json(200, Bodies.write(answer));
    }
}
