package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

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
                        .onRequest(r -> r.is("GET", "/admin/customers") ? Queries.shifted(r, "created_at[gte]", 1) : r)
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
}
