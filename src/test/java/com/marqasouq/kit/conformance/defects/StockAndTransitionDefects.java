package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Implementations that get stock arithmetic or order state changes wrong. */
final class StockAndTransitionDefects {
    private static final String CANCEL = "/admin/orders/[^/]+/cancel";

    private StockAndTransitionDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("reduce-stock-oversells", "stock", "@op:reduceStock")
                        .onResponse((q, r) -> q.is("POST", "/admin/inventory/reduce-stock") && r.status() == 409
                                ? r.with(200, oversold(q))
                                : r)
                        .build(),
                defect("reduce-stock-takes-one-too-many", "stock", "@op:reduceStock")
                        .onRequest(r -> r.is("POST", "/admin/inventory/reduce-stock")
                                ? r.withBody(Bodies.edit(r.text(), o -> {
                                    if (o.has("quantity")) {
                                        o.put("quantity", o.path("quantity").asInt() + 1);
                                    }
                                    Bodies.eachOf(
                                            o,
                                            "items",
                                            i -> i.put(
                                                    "quantity",
                                                    i.path("quantity").asInt() + 1));
                                }))
                                : r)
                        .build(),
                defect("batch-update-not-applied", "stock", "@op:batchUpdateInventory")
                        .answerInstead(
                                r -> r.is("POST", "/admin/inventory/batch-update") ? pretendBatchApplied(r) : null)
                        .build(),
                defect("cancel-not-applied", "transitions", "@op:cancelOrder")
                        .answerInstead(r -> r.is("POST", CANCEL) ? canceled(r) : null)
                        .build(),
                defect("cancel-of-a-canceled-order-allowed", "transitions", "@op:cancelOrder")
                        .onResponse((q, r) -> q.is("POST", CANCEL) && r.status() == 409 ? canceled(q) : r)
                        .build(),
                defect("duplicate-email-accepted", "uniqueness", "@op:createCustomer")
                        .onResponse((q, r) -> q.is("POST", "/admin/customers") && r.status() == 409
                                ? r.with(200, fakeCustomer(q))
                                : r)
                        .build());
    }

    private static String oversold(ProxyRequest request) {
        ObjectNode body = Bodies.object(request.text());
        ObjectNode answer = Bodies.JSON.createObjectNode().put("success", true);
        answer.putObject("inventory_item")
                .put("sku", body.path("sku").asText())
                .put("previous_quantity", 0)
                .put("reduced_by", body.path("quantity").asInt())
                .put("new_quantity", 0);
        return Bodies.write(answer);
    }

    private static ProxyResponse pretendBatchApplied(ProxyRequest request) {
        ObjectNode body = Bodies.object(request.text());
        ObjectNode answer = Bodies.JSON
                .createObjectNode()
                .put("success", true)
                .put("updated", body.path("updates").size())
                .put("failed", 0);
        body.path("updates")
                .forEach(u -> answer.withArray("results")
                        .addObject()
                        .put("sku", u.path("sku").asText())
                        .put("status", "updated")
                        .put(
                                "stocked_quantity",
                                Math.max(0, u.path("stocked_quantity").asInt())));
        return json(200, Bodies.write(answer));
    }

    private static ProxyResponse canceled(ProxyRequest request) {
        String id = request.path().split("/")[3];
        ObjectNode answer = Bodies.JSON.createObjectNode();
        answer.putObject("order")
                .put("id", id)
                .put("status", "canceled")
                .put("canceled_at", Instant.now().toString());
        return json(200, Bodies.write(answer));
    }

    private static String fakeCustomer(ProxyRequest request) {
        ObjectNode sent = Bodies.object(request.text());
        ObjectNode answer = Bodies.JSON.createObjectNode();
        ObjectNode customer = answer.putObject("customer");
        customer.put("id", "cus_01DUPLICATE")
                .put("email", sent.path("email").asText())
                .put("created_at", Instant.now().toString())
                .putObject("metadata");
        return Bodies.write(answer);
    }

    static ProxyResponse json(int status, String body) {
        return new ProxyResponse(status, Map.of("Content-Type", "application/json"), body.getBytes());
    }
}
