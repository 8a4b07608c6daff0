package com.marqasouq.kit.conformance.steps.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * An order a scenario may change, as it was when the scenario got it: placed by the scenario
 * through the sandbox controls (then its lines are exactly what was ordered) or an operator's
 * --order-id (then its lines are what the target answered for it), with the stock of its SKUs
 * at that moment.
 */
record FreshOrder(
        String id,
        int displayId,
        Instant createdAt,
        String customerId,
        List<Line> lines,
        boolean placed,
        Map<String, Integer> stockAtStart) {

    record Line(String itemId, String sku, int quantity, long unitPrice) {}

    /** The same order, with the stocked quantity each of its SKUs had when the scenario got it. */
    FreshOrder withStock(Map<String, Integer> stock) {
        return new FreshOrder(id, displayId, createdAt, customerId, lines, placed, Map.copyOf(stock));
    }

    Line firstLine() {
        return lines.get(0);
    }

    /** This order, if shipping one unit of it leaves something unshipped; a --order-id of a single unit cannot show that. */
    FreshOrder partlyShippable() {
        if (lines.stream().mapToInt(Line::quantity).sum() < 2) {
            throw new TestAbortedException("needs an order of more than one unit; --order-id " + id + " has one");
        }
        return this;
    }

    /** From the answer of the sandbox control that placed it: {id, display_id, customer_id, created_at, items[]}. */
    @SuppressWarnings("unchecked")
    static FreshOrder fromPlaced(Map<String, Object> order) {
        List<Line> lines = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) order.get("items")) {
            lines.add(new Line(
                    (String) item.get("id"),
                    (String) item.get("sku"),
                    number(item, "quantity").intValue(),
                    number(item, "unit_price").longValue()));
        }
        return new FreshOrder(
                (String) order.get("id"),
                number(order, "display_id").intValue(),
                Instant.parse((String) order.get("created_at")),
                (String) order.get("customer_id"),
                List.copyOf(lines),
                true,
                Map.of());
    }

    /**
     * From the target's GET /admin/orders/{id} answer (section 2.2), taking only what the order
     * flows need, so that an answer missing other fields (a shape finding of its own) does not
     * keep the flows from running: the SKU from {@code variant.sku}, else {@code variant_sku} or
     * {@code sku}; the customer from {@code customer.id}, else {@code customer_id}, or none.
     */
    @SuppressWarnings("unchecked")
    static FreshOrder fromDetails(Map<String, Object> order) {
        List<Line> lines = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) order.get("items")) {
            Object variant = item.get("variant");
            Object sku = variant instanceof Map<?, ?> v && v.get("sku") != null
                    ? v.get("sku")
                    : item.getOrDefault("variant_sku", item.get("sku"));
            lines.add(new Line(
                    (String) item.get("id"),
                    (String) sku,
                    number(item, "quantity").intValue(),
                    number(item, "unit_price").longValue()));
        }
        Object customer = order.get("customer");
        Object customerId = customer instanceof Map<?, ?> c ? c.get("id") : order.get("customer_id");
        return new FreshOrder(
                (String) order.get("id"),
                number(order, "display_id").intValue(),
                Instant.parse((String) order.get("created_at")),
                (String) customerId,
                List.copyOf(lines),
                false,
                Map.of());
    }

    static Number number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Number n)) {
            throw new AssertionError(key + " should be a number in " + map);
        }
        return n;
    }
}
