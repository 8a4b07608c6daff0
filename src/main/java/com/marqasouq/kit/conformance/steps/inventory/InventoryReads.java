package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.world.World;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reading stock back through the documented list (sections 3.1, 3.2), so every write can be
 * checked by what Odoo would see next, and the arithmetic every level must obey (D11).
 */
final class InventoryReads {
    private InventoryReads() {}

    /** The one inventory item of an exact SKU, read with GET /admin/inventory-items?sku=. */
    static Map<String, Object> item(World world, String sku) {
        ApiResult found =
                world.call("GET", "/admin/inventory-items").query("sku", sku).send();
        Answers.status(found, 200);
        List<Map<String, Object>> items = found.list("inventory_items");
        assertThat("inventory items listed for SKU " + sku, skus(items), equalTo(List.of(sku)));
        return items.get(0);
    }

    static List<Map<String, Object>> levels(Map<String, Object> item) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) item.get("location_levels");
        return levels == null ? List.of() : levels;
    }

    /** The item's stocked quantity over all its location levels. */
    static int stocked(Map<String, Object> item) {
        return levels(item).stream()
                .mapToInt(level -> number(level, "stocked_quantity"))
                .sum();
    }

    /** D11: available = stocked - reserved, on every level. */
    static void checkAvailability(Map<String, Object> item) {
        List<Map<String, Object>> levels = levels(item);
        assertThat("location levels of " + item.get("sku"), levels, not(empty()));
        for (Map<String, Object> level : levels) {
            int expected = number(level, "stocked_quantity") - number(level, "reserved_quantity");
            assertThat(
                    "available_quantity of level " + level.get("id") + " of " + item.get("sku")
                            + " (stocked - reserved)",
                    number(level, "available_quantity"),
                    equalTo(expected));
        }
    }

    static List<String> skus(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> String.valueOf(row.get("sku"))).collect(Collectors.toList());
    }

    static int number(Map<String, Object> row, String field) {
        Object value = row.get(field);
        if (!(value instanceof Number n)) {
            throw new AssertionError(field + " should be a number in " + row + ", got " + value);
        }
        return n.intValue();
    }
}
