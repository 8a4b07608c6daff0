package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Checks on an order as the target answers it (a map of its JSON), shared by the list, the details and Odoo's views. */
final class OrderChecks {
    private OrderChecks() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertThat(key + " of " + map.get("id"), value, notNullValue());
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertThat(key + " of " + map.getOrDefault("id", map), value, notNullValue());
        return (Map<String, Object>) value;
    }

    /** The order an answer carries ({"order": {...}}); fails showing the answer when it has none. */
    static Map<String, Object> answered(ApiResult answer) {
        Map<String, Object> order = answer.get("order");
        assertThat("the answer's order (" + ResponseSteps.abbreviate(answer.body()) + ")", order, notNullValue());
        return order;
    }

    static long amount(Map<String, Object> map, String key) {
        return FreshOrder.number(map, key).longValue();
    }

    /** An amount the section 2.2 example leaves out (discount_total) counts as 0. */
    static long amountOrZero(Map<String, Object> map, String key) {
        return map.get(key) == null ? 0 : amount(map, key);
    }

    /** The order's line for this item id; fails naming the item when the order does not have it. */
    static Map<String, Object> item(Map<String, Object> order, String itemId) {
        Optional<Map<String, Object>> item = list(order, "items").stream()
                .filter(i -> itemId.equals(i.get("id")))
                .findFirst();
        assertThat("order " + order.get("id") + " should have line item " + itemId, item.isPresent(), equalTo(true));
        return item.get();
    }

    /** Every line ordered and no other, with its SKU ({@code sku} or {@code variant.sku}), quantity and, if asked, unit price. */
    static void hasLines(Map<String, Object> order, FreshOrder fresh, boolean withUnitPrice) {
        assertThat(
                "number of line items of " + fresh.id(),
                list(order, "items").size(),
                equalTo(fresh.lines().size()));
        for (FreshOrder.Line line : fresh.lines()) {
            Map<String, Object> item = item(order, line.itemId());
            Object sku = item.containsKey("variant") ? object(item, "variant").get("sku") : item.get("sku");
            assertThat("SKU of " + line.itemId(), sku, equalTo(line.sku()));
            assertThat("quantity of " + line.itemId(), amount(item, "quantity"), equalTo((long) line.quantity()));
            if (withUnitPrice) {
                assertThat("unit_price of " + line.itemId(), amount(item, "unit_price"), equalTo(line.unitPrice()));
            }
        }
    }

    static void lineSubtotals(Map<String, Object> order) {
        for (Map<String, Object> item : list(order, "items")) {
            assertThat(
                    "subtotal of " + item.get("id") + " = unit_price × quantity",
                    amount(item, "subtotal"),
                    equalTo(amount(item, "unit_price") * amount(item, "quantity")));
        }
    }

    static void subtotalIsSumOfLines(Map<String, Object> order) {
        long sum = list(order, "items").stream()
                .mapToLong(i -> amount(i, "subtotal"))
                .sum();
        assertThat(
                "subtotal of " + order.get("id") + " = sum of the line subtotals",
                amount(order, "subtotal"),
                equalTo(sum));
    }

    static void totalAddsUp(Map<String, Object> order) {
        long expected = amount(order, "subtotal")
                + amount(order, "shipping_total")
                + amount(order, "tax_total")
                - amountOrZero(order, "discount_total");
        assertThat(
                "total of " + order.get("id") + " = subtotal + shipping_total + tax_total - discount_total",
                amount(order, "total"),
                equalTo(expected));
    }

    static void notEmpty(Map<String, Object> order, String key) {
        assertThat(key + " of " + order.get("id"), list(order, key), not(empty()));
    }

    static void fulfillmentCount(Map<String, Object> order, int count) {
        List<Map<String, Object>> fulfillments = list(order, "fulfillments");
        assertThat("fulfillments of " + order.get("id"), fulfillments.size(), equalTo(count));
    }

    /** The fulfillment whose metadata holds this tracking number. */
    static Map<String, Object> fulfillmentTracked(Map<String, Object> order, String trackingNumber) {
        List<Map<String, Object>> fulfillments = list(order, "fulfillments");
        return fulfillments.stream()
                .filter(f ->
                        f.get("metadata") instanceof Map<?, ?> m && trackingNumber.equals(m.get("tracking_number")))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("order " + order.get("id") + " has no fulfillment with tracking_number "
                                + trackingNumber + " in its metadata; fulfillments: " + fulfillments));
    }

    /** The customer the order was placed for (section 2.2, 8.2). */
    static void customer(Map<String, Object> order, FreshOrder fresh) {
        assertThat("customer.id of " + fresh.id(), object(order, "customer").get("id"), equalTo(fresh.customerId()));
    }

    /** Each item's variant names the product the scenario created for its SKU (products not its own are not checked). */
    static void variantProducts(Map<String, Object> order, FreshOrder fresh, Function<String, Object> productOfSku) {
        for (FreshOrder.Line line : fresh.lines()) {
            Map<String, Object> product = object(object(item(order, line.itemId()), "variant"), "product");
            Object expected = productOfSku.apply(line.sku());
            if (expected != null) {
                assertThat("variant.product.id of " + line.itemId(), product.get("id"), equalTo(expected));
            }
        }
    }

    /** Section 8.2: every item has a barcode (null for the scenario's own products, which have none) and a weight. */
    static void barcodesAndWeights(Map<String, Object> order, FreshOrder fresh) {
        for (Map<String, Object> item : list(order, "items")) {
            assertThat(
                    "item " + item.get("id") + " has a barcode (null when the variant has none)",
                    item,
                    hasKey("barcode"));
            if (fresh.placed()) {
                assertThat(
                        "barcode of " + item.get("id") + ": the scenario's products have none",
                        item.get("barcode"),
                        nullValue());
            }
            assertThat("weight of " + item.get("id"), amount(item, "weight"), greaterThanOrEqualTo(0L));
        }
    }

    static void shippingMethodsAddUp(Map<String, Object> order) {
        long sum = list(order, "shipping_methods").stream()
                .mapToLong(m -> amount(m, "price"))
                .sum();
        assertThat("sum of shipping_methods[].price", sum, equalTo(amount(order, "shipping_total")));
    }

    static void capturedPaymentsAddUp(Map<String, Object> order) {
        long sum = list(order, "payments").stream()
                .filter(p -> "captured".equals(p.get("status")))
                .mapToLong(p -> amount(p, "amount"))
                .sum();
        assertThat("sum of the captured payments[].amount", sum, equalTo(amount(order, "total")));
    }

    /** The fulfillment's items are exactly these quantities by item id. */
    static void ships(Map<String, Object> fulfillment, Map<String, Integer> expected) {
        Map<String, Integer> shipped = new LinkedHashMap<>();
        list(fulfillment, "items").forEach(i -> shipped.put((String) i.get("item_id"), (int) amount(i, "quantity")));
        assertThat("items of fulfillment " + fulfillment.get("id"), shipped, equalTo(expected));
    }
}
