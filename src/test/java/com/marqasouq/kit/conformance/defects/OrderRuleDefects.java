package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import java.util.List;

/** Implementations that get the order rules wrong: date windows, status lists, paging, shipping, unknown ids. */
final class OrderRuleDefects {
    private static final String ORDER = "/admin/orders/[^/]+";
    private static final String ODOO_ORDER = "/odoo/orders/[^/]+";

    private OrderRuleDefects() {}

    static List<Defect> all() {
        return List.of(
                defect("orders-created-at-bounds-exclusive", "filters", "@op:listOrders and @decision:D2")
                        .onRequest(r -> r.is("GET", "/admin/orders")
                                ? Queries.shifted(Queries.shifted(r, "created_at[gte]", 1), "created_at[lte]", -1)
                                : r)
                        .build(),
                defect("odoo-orders-date-bounds-exclusive", "filters", "@op:listOdooOrders and @decision:D2")
                        .onRequest(r -> r.is("GET", "/odoo/orders")
                                ? Queries.shifted(Queries.shifted(r, "date_from", 1), "date_to", -1)
                                : r)
                        .build(),
                defect("odoo-orders-status-list-reads-the-first-status-only", "filters", "@op:listOdooOrders")
                        .onRequest(r -> r.is("GET", "/odoo/orders")
                                ? Queries.edited(r, "status", statuses -> statuses.split(",")[0])
                                : r)
                        .build(),
                defect("odoo-orders-default-page-of-100", "paging", "@op:listOdooOrders and @readonly")
                        .onRequest(r -> r.is("GET", "/odoo/orders") ? Queries.withDefault(r, "limit", "100") : r)
                        .build(),
                defect("partial-shipment-reported-as-fulfilled", "transitions", "@op:createFulfillment")
                        .onResponse((q, r) -> q.path().startsWith("/admin/orders") && r.status() == 200
                                ? r.withBody(r.text().replace("\"partially_fulfilled\"", "\"fulfilled\""))
                                : r)
                        .build(),
                // An unknown order, customer, variant or item is taken for a success with an empty answer.
                defect(
                                "changes-to-missing-records-answered-200",
                                "errors",
                                "(@op:cancelOrder or @op:updateOrder or @op:updateOdooOrder or @op:createFulfillment"
                                        + " or @op:updateCustomer or @op:updateVariant or @op:updateLocationLevel)"
                                        + " and @doc:7")
                        .onResponse((q, r) -> !q.method().equals("GET") && r.status() == 404 ? r.with(200, "{}") : r)
                        .build(),
                defect("odoo-order-detail-of-a-missing-order-is-empty", "errors", "@op:getOdooOrder")
                        .onResponse((q, r) -> q.is("GET", ODOO_ORDER) && r.status() == 404 ? r.with(200, "{}") : r)
                        .build());
    }
}
