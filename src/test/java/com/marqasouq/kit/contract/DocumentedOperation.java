package com.marqasouq.kit.contract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation as the API document describes it, written from the document (not copied from the
 * spec), so that the spec is checked against an independent source.
 *
 * @param source   the document's section(s)
 * @param query    the query parameters of the document's tables and examples
 * @param body     whether the document shows a request body
 * @param conflict whether a decision names a 409 for it (D8, D9, D10, D14, D16, D17)
 */
record DocumentedOperation(
        String source, String method, String path, List<String> query, boolean body, boolean conflict) {

    private static final Pattern PATH_ID = Pattern.compile("\\{([^}]+)}");

    static final List<DocumentedOperation> ALL = List.of(
            op("1", "POST", "/auth/user/emailpass", List.of(), true, false),
            op(
                    "2.1, Quick Reference 1",
                    "GET",
                    "/admin/orders",
                    List.of("limit", "offset", "status", "created_at[gte]", "created_at[lte]", "metadata[odoo_synced]"),
                    false,
                    false),
            op("2.2", "GET", "/admin/orders/{order_id}", List.of(), false, false),
            op("2.3", "POST", "/admin/orders/{order_id}", List.of(), true, false),
            op("2.4", "POST", "/admin/orders/{order_id}/fulfillments", List.of(), true, true),
            op("2.5", "POST", "/admin/orders/{order_id}/cancel", List.of(), false, true),
            op("3.1, 3.2", "GET", "/admin/inventory-items", List.of("limit", "offset", "sku", "q"), false, false),
            op(
                    "3.3",
                    "POST",
                    "/admin/inventory-items/{inventory_item_id}/location-levels/{location_id}",
                    List.of(),
                    true,
                    false),
            op("3.4, 8.7", "POST", "/admin/inventory/batch-update", List.of(), true, false),
            op("3.5, 8.8", "POST", "/admin/inventory/reduce-stock", List.of(), true, true),
            op("3.6", "GET", "/admin/stock-locations", List.of(), false, false),
            op(
                    "4.1, 4.5, Quick Reference 3",
                    "GET",
                    "/admin/customers",
                    List.of("limit", "offset", "email", "q", "created_at[gte]", "metadata[odoo_synced]"),
                    false,
                    false),
            op("4.2", "GET", "/admin/customers/{customer_id}", List.of(), false, false),
            op("4.3", "POST", "/admin/customers/{customer_id}", List.of(), true, true),
            op("4.4", "POST", "/admin/customers", List.of(), true, true),
            op("5.1", "GET", "/admin/products", List.of("limit", "offset", "q"), false, false),
            op("5.2", "POST", "/admin/products/{product_id}/variants/{variant_id}", List.of(), true, false),
            op("5.3", "POST", "/admin/products", List.of(), true, true),
            op(
                    "8.1",
                    "GET",
                    "/odoo/orders",
                    List.of("status", "date_from", "date_to", "limit", "offset"),
                    false,
                    false),
            op("8.2", "GET", "/odoo/orders/{order_id}", List.of(), false, false),
            op("8.3", "PATCH", "/odoo/orders/{order_id}", List.of(), true, true),
            op(
                    "8.4",
                    "GET",
                    "/odoo/customers",
                    List.of("created_after", "email", "phone", "limit", "offset"),
                    false,
                    false),
            op(
                    "8.5",
                    "GET",
                    "/odoo/inventory",
                    List.of("sku", "low_stock", "include_products", "limit", "offset"),
                    false,
                    false),
            op("8.6", "POST", "/odoo/inventory", List.of(), true, false));

    private static DocumentedOperation op(
            String source, String method, String path, List<String> query, boolean body, boolean conflict) {
        return new DocumentedOperation(source, method, path, query, body, conflict);
    }

    /** The first section the document describes it in, e.g. {@code 3.5} of "3.5, 8.8". */
    String firstSection() {
        return source.split(",")[0].trim();
    }

    boolean isLogin() {
        return path.equals("/auth/user/emailpass");
    }

    Set<String> pathIds() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PATH_ID.matcher(path);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The status codes the decisions give this operation (D4, D5, D14, D18, D19). */
    Set<String> expectedStatuses() {
        Set<String> codes = new LinkedHashSet<>(List.of("200", "401"));
        if (body || !query.isEmpty()) {
            codes.add("400"); // a bad body or a bad query value (D5, D19)
        }
        if (!pathIds().isEmpty() || path.endsWith("/reduce-stock")) {
            codes.add("404"); // an unknown id; reduce-stock's order must exist (D14)
        }
        if (conflict) {
            codes.add("409");
        }
        codes.add("default"); // any other error, e.g. 403, 429, 500 (D19)
        return codes;
    }

    @Override
    public String toString() {
        return method + " " + path + " (section " + source + ")";
    }
}
