package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock reductions for the scenario's orders (sections 3.5 and 8.8): the stock of each SKU is
 * read before, so the expected new stock is exact on any target.
 */
public final class OrderStock {
    /** One reduce-stock request: the order, each SKU's stock before it, the quantities asked and the answer. */
    record Reduction(
            FreshOrder order,
            String reason,
            Map<String, Integer> before,
            Map<String, Integer> quantities,
            ApiResult answer) {}

    private final World world;
    private final List<Reduction> reductions = new ArrayList<>();

    public OrderStock(World world) {
        this.world = world;
    }

    /** The stocked quantity of the SKU over all its locations, read through GET /admin/inventory-items?sku=. */
    int stocked(String sku) {
        return stocked(world, sku);
    }

    static int stocked(World world, String sku) {
        ApiResult result =
                world.call("GET", "/admin/inventory-items").query("sku", sku).send();
        Answers.status(result, 200);
        List<Map<String, Object>> items = result.list("inventory_items").stream()
                .filter(i -> sku.equals(i.get("sku")))
                .toList();
        assertThat("inventory items with SKU " + sku, items, hasSize(1));
        return OrderChecks.list(items.get(0), "location_levels").stream()
                .mapToInt(level -> FreshOrder.number(level, "stocked_quantity").intValue())
                .sum();
    }

    /** Section 3.5: one request per line, {sku, quantity, order_id, reason}, as the first Python client does. */
    void reduceEachLine(FreshOrder order, String reason) {
        for (FreshOrder.Line line : order.lines()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sku", line.sku());
            body.put("quantity", line.quantity());
            body.put("order_id", order.id());
            body.put("reason", reason);
            send(order, reason, Map.of(line.sku(), line.quantity()), body);
        }
    }

    /** Section 8.8: one request for all lines, {order_id, reason, items[{sku, quantity}]}, as the updated client does. */
    void reduceAllLines(FreshOrder order, String reason) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (FreshOrder.Line line : order.lines()) {
            quantities.merge(line.sku(), line.quantity(), Integer::sum);
            items.add(Map.of("sku", line.sku(), "quantity", line.quantity()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", order.id());
        body.put("reason", reason);
        body.put("items", items);
        send(order, reason, quantities, body);
    }

    private void send(FreshOrder order, String reason, Map<String, Integer> quantities, Map<String, Object> body) {
        Map<String, Integer> before = new LinkedHashMap<>();
        quantities.keySet().forEach(sku -> before.put(sku, stocked(sku)));
        ApiResult answer = world.call("POST", "/admin/inventory/reduce-stock")
                .body(Json.write(body))
                .send();
        Answers.status(answer, 200);
        reductions.add(new Reduction(order, reason, before, quantities, answer));
    }

    List<Reduction> reductions() {
        assertThat("stock reductions made in this scenario", reductions.isEmpty(), equalTo(false));
        return reductions;
    }
}
