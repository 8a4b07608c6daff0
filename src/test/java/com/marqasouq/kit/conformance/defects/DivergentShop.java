package com.marqasouq.kit.conformance.defects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A plausible off-the-shelf e-commerce backend in front of the sandbox, wrong in five
 * independent ways at once: its own error body ({@code {"message"}} only), orders listed without
 * {@code currency_code} and {@code email}, the order list's {@code status} filter ignored,
 * amounts in whole dinars, and no {@code /odoo/inventory} route. Like a real shop that counts in
 * dinars, it gives back what it is sent: only the data it already had (the known SKU and order)
 * shows the unit, which is why only an operator's facts can reveal it.
 */
final class DivergentShop {
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of(
            "total", "subtotal", "shipping_total", "tax_total", "discount_total", "unit_price", "price", "amount");
    static final String KNOWN_SKU = "LG-CPFL1625";
    static final String KNOWN_ORDER = "order_01ABC123";
    static final String NO_ROUTE = "<!DOCTYPE html><html><body><pre>Cannot %s %s</pre></body></html>";

    private DivergentShop() {}

    static Defect defect() {
        return DefectBuilder.defect("divergent-shop", "several", "")
                .answerInstead(r -> r.path().startsWith("/odoo/inventory")
                        ? new ProxyResponse(
                                404,
                                Map.of("Content-Type", "text/html; charset=utf-8"),
                                String.format(NO_ROUTE, r.method(), r.path()).getBytes())
                        : null)
                .onRequest(r -> r.is("GET", "/admin/orders") ? r.withoutQueryParameter("status") : r)
                .onResponse((q, r) -> {
                    if (r.status() >= 400) {
                        return r.withBody(Bodies.edit(r.text(), o -> o.retain("message")));
                    }
                    if (q.is("GET", "/admin/orders")) {
                        return r.withBody(Bodies.edit(
                                r.text(),
                                o -> Bodies.eachOf(
                                        o, "orders", x -> x.remove(java.util.List.of("currency_code", "email")))));
                    }
                    if (q.is("GET", "/admin/products")) {
                        return r.withBody(Bodies.edit(r.text(), DivergentShop::pricesInDinars));
                    }
                    if (q.is("GET", "/admin/orders/" + KNOWN_ORDER)) {
                        return r.withBody(Bodies.edit(r.text(), o -> totalsInDinars(o.path("order"))));
                    }
                    return r;
                })
                .build();
    }

    private static void pricesInDinars(ObjectNode list) {
        Bodies.eachOf(
                list,
                "products",
                p -> Bodies.eachOf(
                        p,
                        "variants",
                        v -> Bodies.eachOf(
                                v,
                                "prices",
                                price ->
                                        price.put("amount", price.path("amount").asLong() / 1000))));
    }

    /** Every amount of the order, lines, shipping and payments included, so its sums still add up. */
    private static void totalsInDinars(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                com.fasterxml.jackson.databind.JsonNode value = object.get(field);
                if (AMOUNTS.contains(field) && value.isIntegralNumber()) {
                    object.put(field, value.asLong() / 1000);
                } else {
                    totalsInDinars(value);
                }
            });
        } else if (node.isArray()) {
            node.forEach(DivergentShop::totalsInDinars);
        }
    }
}
