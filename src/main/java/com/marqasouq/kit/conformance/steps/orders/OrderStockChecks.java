package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.http.ApiResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks on the reduce-stock answers and on the stock afterwards, from the stock read before each reduction. */
final class OrderStockChecks {
    private OrderStockChecks() {}

    /** Each SKU's previous stock, the quantity reduced and the new stock, in the answer's form (section 3.5 or 8.8). */
    static void answered(OrderStock.Reduction reduction) {
        ApiResult answer = reduction.answer();
        assertThat("success of reducing stock for " + reduction.order().id(), answer.get("success"), equalTo(true));
        if (answer.get("inventory_item") != null) {
            String sku = reduction.quantities().keySet().iterator().next();
            numbers(answer.get("inventory_item"), sku, reduction);
            return;
        }
        List<Map<String, Object>> results = answer.list("results");
        assertThat(
                "results of reducing stock for " + reduction.order().id(),
                results.size(),
                equalTo(reduction.quantities().size()));
        for (String sku : reduction.quantities().keySet()) {
            Map<String, Object> result = results.stream()
                    .filter(r -> sku.equals(r.get("sku")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no result for SKU " + sku + " in " + answer.body()));
            assertThat("status of the result for " + sku, result.get("status"), equalTo("reduced"));
            numbers(result, sku, reduction);
        }
    }

    private static void numbers(Map<String, Object> result, String sku, OrderStock.Reduction reduction) {
        int before = reduction.before().get(sku);
        int quantity = reduction.quantities().get(sku);
        assertThat("sku in " + result, result.get("sku"), equalTo(sku));
        assertThat(
                "previous_quantity of " + sku,
                FreshOrder.number(result, "previous_quantity").intValue(),
                equalTo(before));
        assertThat(
                "reduced_by of " + sku, FreshOrder.number(result, "reduced_by").intValue(), equalTo(quantity));
        assertThat(
                "new_quantity of " + sku,
                FreshOrder.number(result, "new_quantity").intValue(),
                equalTo(before - quantity));
    }

    /** The items form's summary: every item successful, none failed, none short of stock (section 8.8). */
    static void summary(OrderStock.Reduction reduction) {
        ApiResult answer = reduction.answer();
        int items = reduction.quantities().size();
        assertThat(
                "order_id echoed",
                answer.get("order_id"),
                equalTo(reduction.order().id()));
        assertThat("reason echoed", answer.get("reason"), equalTo(reduction.reason()));
        assertThat("summary.total_items", answer.get("summary.total_items"), equalTo(items));
        assertThat("summary.successful", answer.get("summary.successful"), equalTo(items));
        assertThat("summary.failed", answer.get("summary.failed"), equalTo(0));
        assertThat("summary.insufficient_stock", answer.get("summary.insufficient_stock"), equalTo(0));
    }

    /**
     * Now: each SKU's stock before its first reduction, less everything reduced; for orders the
     * scenario placed, that stock before is exactly what its products were created with.
     */
    static void stockIsLower(OrderStock stock) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> reduced = new LinkedHashMap<>();
        Map<String, Integer> created = new LinkedHashMap<>();
        for (OrderStock.Reduction reduction : stock.reductions()) {
            reduction.before().forEach(first::putIfAbsent);
            reduction.quantities().forEach((sku, quantity) -> reduced.merge(sku, quantity, Integer::sum));
            if (reduction.order().placed()) {
                reduction
                        .quantities()
                        .keySet()
                        .forEach(sku -> created.put(
                                sku, reduction.order().stockAtStart().get(sku)));
            }
        }
        created.forEach((sku, initial) -> assertThat(
                "stock of " + sku + " before it was reduced: as the product was created",
                first.get(sku),
                equalTo(initial)));
        first.forEach((sku, before) -> assertThat(
                "stock of " + sku + " (was " + before + ", reduced by " + reduced.get(sku) + ")",
                stock.stocked(sku),
                equalTo(before - reduced.get(sku))));
    }
}
