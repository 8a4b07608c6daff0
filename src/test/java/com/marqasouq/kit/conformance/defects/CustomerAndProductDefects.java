package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Implementations that get customers, their statistics or prices wrong. */
final class CustomerAndProductDefects {
    private static final String VARIANT = "/admin/products/[^/]+/variants/[^/]+";
    private static final String ORDER = "/admin/orders/[^/]+";

    private CustomerAndProductDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("customer-orders-not-listed", "schema", "@op:listCustomers and @sandbox")
                        .onResponse((q, r) -> q.path().startsWith("/admin/customers") && r.status() == 200
                                ? r.withBody(r.text().replaceAll("\"orders\":\\[[^\\]]*]", "\"orders\":[]"))
                                : r)
                        .build(),
                customerStatsCountCanceledOrders(),
                defect("customer-created-without-email", "errors", "@op:createCustomer and @decision:D16")
                        .answerInstead(r -> r.is("POST", "/admin/customers")
                                        && !Bodies.object(r.text()).hasNonNull("email")
                                ? StockAndTransitionDefects.json(200, customerWithoutEmail())
                                : null)
                        .build(),
                defect("variant-price-stored-under-another-currency", "stock", "@op:updateVariant and @doc:5.2")
                        .onRequest(
                                r -> r.is("POST", VARIANT) ? r.withBody(r.text().replace("\"KWD\"", "\"USD\"")) : r)
                        .build(),
                // The prices sent replace the variant's whole price list (D17 adds a new currency).
                defect("variant-price-update-drops-other-currencies", "schema", "@op:updateVariant and @decision:D17")
                        .onResponse((q, r) -> q.is("POST", VARIANT) && r.status() == 200
                                ? r.withBody(Bodies.edit(r.text(), answer -> onlySent(answer, q)))
                                : r)
                        .build());
    }

    /**
     * Statistics that count every order of a customer, canceled ones too (D16 leaves them out).
     * The proxy learns each order's customer and total from the order reads that pass through it.
     */
    private static Defect customerStatsCountCanceledOrders() {
        Map<String, JsonNode> ordersRead = new ConcurrentHashMap<>();
        Set<String> canceled = ConcurrentHashMap.newKeySet();
        return defect("customer-stats-count-canceled-orders", "transitions", "@op:listOdooCustomers and @sandbox")
                .onResponse((q, r) -> {
                    if (r.status() != 200) {
                        return r;
                    }
                    if (q.is("GET", ORDER)) {
                        JsonNode order = Bodies.object(r.text()).path("order");
                        ordersRead.put(order.path("id").asText(), order);
                    } else if (q.is("POST", ORDER + "/cancel")) {
                        canceled.add(q.path().split("/")[3]);
                    } else if (q.is("GET", "/odoo/customers")) {
                        return r.withBody(Bodies.edit(
                                r.text(),
                                page -> Bodies.eachOf(
                                        page, "customers", c -> countCanceledToo(c, ordersRead, canceled))));
                    }
                    return r;
                })
                .build();
    }

    private static void countCanceledToo(ObjectNode customer, Map<String, JsonNode> ordersRead, Set<String> canceled) {
        String id = customer.path("id").asText();
        for (String orderId : canceled) {
            JsonNode order = ordersRead.get(orderId);
            if (order != null && id.equals(order.path("customer").path("id").asText())) {
                ObjectNode stats = (ObjectNode) customer.path("stats");
                stats.put("order_count", stats.path("order_count").asInt() + 1);
                stats.put(
                        "total_spent",
                        stats.path("total_spent").asLong() + order.path("total").asLong());
            }
        }
    }

    private static String customerWithoutEmail() {
        ObjectNode answer = Bodies.JSON.createObjectNode();
        answer.putObject("customer")
                .put("id", "cus_01NOEMAIL")
                .put("created_at", Instant.now().toString())
                .putObject("metadata");
        return Bodies.write(answer);
    }

    private static void onlySent(ObjectNode answer, ProxyRequest request) {
        Set<String> sent = new HashSet<>();
        Bodies.object(request.text())
                .path("prices")
                .forEach(p -> sent.add(p.path("currency_code").asText().toUpperCase()));
        if (!(answer.path("product") instanceof ObjectNode product)) {
            return;
        }
        Bodies.eachOf(product, "variants", variant -> {
            var kept = Bodies.JSON.createArrayNode();
            variant.path("prices").forEach(p -> {
                if (sent.contains(p.path("currency_code").asText())) {
                    kept.add(p);
                }
            });
            variant.set("prices", kept);
        });
    }
}
