package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import java.util.List;
import java.util.Map;

/** Checks on the rows of GET /odoo/inventory (section 8.5) and its pagination (D4). */
final class OdooRows {
    private OdooRows() {}

    static Map<String, Object> row(List<Map<String, Object>> rows, String sku) {
        return rows.stream()
                .filter(r -> sku.equals(r.get("sku")))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("No inventory row of SKU " + sku + " in " + InventoryReads.skus(rows)));
    }

    /** The stocked quantity, and available = stocked - reserved (D11). */
    static void quantities(Map<String, Object> row, int stocked) {
        assertThat(
                "stocked_quantity of " + row.get("sku"),
                InventoryReads.number(row, "stocked_quantity"),
                equalTo(stocked));
        int available = stocked - InventoryReads.number(row, "reserved_quantity");
        assertThat(
                "available_quantity of " + row.get("sku") + " (stocked - reserved)",
                InventoryReads.number(row, "available_quantity"),
                equalTo(available));
    }

    /** D5: low stock is available_quantity below the limit. */
    static void fewerThan(List<Map<String, Object>> rows, int limit) {
        assertThat("inventory rows", rows.isEmpty(), equalTo(false));
        for (Map<String, Object> row : rows) {
            assertThat(
                    "available_quantity of " + row.get("sku"),
                    InventoryReads.number(row, "available_quantity"),
                    lessThan(limit));
        }
    }

    static void product(Map<String, Object> row, String variantId, String productId, String productTitle) {
        Object product = row.get("product");
        assertThat("product of " + row.get("sku") + " in " + row, product instanceof Map, equalTo(true));
        Map<?, ?> fields = (Map<?, ?>) product;
        assertThat("product.variant_id", fields.get("variant_id"), equalTo(variantId));
        assertThat("product.product_id", fields.get("product_id"), equalTo(productId));
        assertThat("product.product_title", fields.get("product_title"), equalTo(productTitle));
    }

    /** D4: total is the number of matches before paging; has_more is offset + limit < total. */
    static void pagination(ApiResult answer, int total, int limit, int offset, boolean hasMore) {
        assertThat(
                "pagination in " + ResponseSteps.abbreviate(answer.body()), answer.get("pagination"), notNullValue());
        assertThat("pagination.total", answer.get("pagination.total"), equalTo(total));
        assertThat("pagination.limit", answer.get("pagination.limit"), equalTo(limit));
        assertThat("pagination.offset", answer.get("pagination.offset"), equalTo(offset));
        assertThat("pagination.has_more", answer.get("pagination.has_more"), equalTo(hasMore));
    }
}
