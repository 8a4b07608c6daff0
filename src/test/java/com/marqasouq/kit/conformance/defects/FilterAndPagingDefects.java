package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/** Implementations that ignore a filter or get the paging envelope wrong. */
final class FilterAndPagingDefects {
    private FilterAndPagingDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("orders-status-filter-ignored", "filters", "@op:listOrders")
                        .onRequest(r -> r.is("GET", "/admin/orders") ? r.withoutQueryParameter("status") : r)
                        .build(),
                defect("inventory-sku-filter-ignored", "filters", "@op:listInventoryItems")
                        .onRequest(r -> r.is("GET", "/admin/inventory-items") ? r.withoutQueryParameter("sku") : r)
                        .build(),
                defect("odoo-low-stock-filter-ignored", "filters", "@op:listOdooInventory")
                        .onRequest(r -> r.is("GET", "/odoo/inventory") ? r.withoutQueryParameter("low_stock") : r)
                        .build(),
                defect("customers-created-at-bound-exclusive", "filters", "@op:listCustomers")
                        .onRequest(r -> r.is("GET", "/admin/customers") ? oneMillisecondLater(r, "created_at[gte]") : r)
                        .build(),
                defect("orders-count-is-page-size", "paging", "@op:listOrders")
                        .onResponse((q, r) -> q.is("GET", "/admin/orders") && r.status() == 200
                                ? r.withBody(Bodies.edit(
                                        r.text(),
                                        o -> o.put("count", o.path("orders").size())))
                                : r)
                        .build(),
                defect("odoo-orders-has-more-always-false", "paging", "@op:listOdooOrders")
                        .onResponse((q, r) -> q.is("GET", "/odoo/orders") && r.status() == 200
                                ? r.withBody(Bodies.edit(
                                        r.text(),
                                        o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o.path("pagination"))
                                                .put("has_more", false)))
                                : r)
                        .build(),
                defect("customers-offset-ignored", "paging", "@op:listCustomers")
                        .onRequest(r -> r.is("GET", "/admin/customers") ? r.withoutQueryParameter("offset") : r)
                        .build());
    }

    /** Moves an inclusive lower bound by 1 ms: records created exactly at the bound are lost. */
    private static ProxyRequest oneMillisecondLater(ProxyRequest request, String parameter) {
        if (request.rawQuery() == null) {
            return request;
        }
        StringBuilder query = new StringBuilder();
        for (String part : request.rawQuery().split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8);
            if (eq > 0 && name.equals(parameter)) {
                String value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                try {
                    value = OffsetDateTime.parse(value).plusNanos(1_000_000).toString();
                } catch (RuntimeException ignored) {
                    // not a date the defect understands: leave it
                }
                part = part.substring(0, eq) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
            query.append(query.length() == 0 ? "" : "&").append(part);
        }
        return request.withQuery(query.toString());
    }
}
