package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Implementations that list wrongly: bad parameters taken, default pages, searches, order, filters. */
final class ListDefects {
    private static final List<String> SEARCHED =
            List.of("/admin/customers", "/admin/products", "/admin/inventory-items");

    private ListDefects() {}

    static List<Defect> all() {
        return List.of(
                // A bad limit, offset, date or flag is taken as if it had not been sent.
                defect(
                                "bad-list-parameters-answered-200",
                                "paging",
                                "@readonly and (@decision:D2 or @decision:D4 or @decision:D5)")
                        .onResponse((q, r) -> q.method().equals("GET") && r.status() == 400 ? r.with(200, "{}") : r)
                        .build(),
                defect(
                                "default-page-size-wrong",
                                "paging",
                                "@readonly and (@op:listCustomers or @op:listOdooCustomers) or @op:listOdooInventory"
                                        + " and @doc:8.5")
                        .onRequest(ListDefects::wrongDefaultPage)
                        .build(),
                defect(
                                "search-ignored",
                                "filters",
                                "(@op:listCustomers or @op:listProducts or @op:listInventoryItems) and @decision:D5")
                        .onRequest(r -> r.method().equals("GET") && SEARCHED.contains(r.path())
                                ? r.withoutQueryParameter("q")
                                : r)
                        .build(),
                defect("customers-listed-newest-first", "paging", "@op:listCustomers and @decision:D4")
                        .onResponse((q, r) -> q.is("GET", "/admin/customers") && r.status() == 200
                                ? r.withBody(Bodies.edit(r.text(), o -> reverse(o, "customers")))
                                : r)
                        .build(),
                defect("customers-synced-filter-ignored", "filters", "@op:listCustomers and @doc:qr3")
                        .onRequest(r ->
                                r.is("GET", "/admin/customers") ? r.withoutQueryParameter("metadata[odoo_synced]") : r)
                        .build(),
                defect("odoo-customers-phone-filter-ignored", "filters", "@op:listOdooCustomers and @doc:8.4")
                        .onRequest(r -> r.is("GET", "/odoo/customers") ? r.withoutQueryParameter("phone") : r)
                        .build(),
                defect("odoo-customers-created-after-exclusive", "filters", "@op:listOdooCustomers and @decision:D2")
                        .onRequest(r -> r.is("GET", "/odoo/customers") ? Queries.shifted(r, "created_after", 1) : r)
                        .build());
    }

    /** 100 per page where the contract says 50, and 50 where it says 100 (D4). */
    private static ProxyRequest wrongDefaultPage(ProxyRequest request) {
        if (!request.method().equals("GET")) {
            return request;
        }
        return switch (request.path()) {
            case "/admin/customers", "/odoo/customers" -> Queries.withDefault(request, "limit", "100");
            case "/odoo/inventory" -> Queries.withDefault(request, "limit", "50");
            default -> request;
        };
    }

    private static void reverse(ObjectNode page, String field) {
        List<JsonNode> items = new ArrayList<>();
        page.path(field).forEach(items::add);
        Collections.reverse(items);
        ArrayNode reversed = page.putArray(field);
        items.forEach(reversed::add);
    }
}
