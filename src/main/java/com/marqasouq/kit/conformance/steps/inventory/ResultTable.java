package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares per-SKU results (of a stock batch, an Odoo sync or a reduction) with a Gherkin table
 * written with the scenario's SKU names. Rows are matched by SKU, in order within one SKU, so
 * the target may answer in any order; a blank cell is not checked.
 */
final class ResultTable {
    private ResultTable() {}

    static void check(
            String what, List<Map<String, Object>> results, List<Map<String, String>> expected, InventorySkus skus) {
        assertThat(what + ": one result per entry, got " + results, results, hasSize(expected.size()));
        Map<String, List<Map<String, Object>>> bySku = new LinkedHashMap<>();
        for (Map<String, Object> result : results) {
            bySku.computeIfAbsent(String.valueOf(result.get("sku")), k -> new ArrayList<>())
                    .add(result);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Map<String, String> row : expected) {
            String name = row.get("sku");
            String sku = skus.sku(name);
            int index = seen.merge(sku, 1, Integer::sum) - 1;
            List<Map<String, Object>> forSku = bySku.getOrDefault(sku, List.of());
            assertThat(
                    what + ": results for \"" + name + "\" (" + sku + ") in " + results,
                    forSku.size() > index,
                    equalTo(true));
            compare(what + " of \"" + name + "\"", forSku.get(index), row);
        }
    }

    private static void compare(String what, Map<String, Object> actual, Map<String, String> row) {
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String field = cell.getKey();
            String value = cell.getValue();
            if (field.equals("sku") || value == null || value.isBlank()) {
                continue;
            }
            if (field.equals("status")) {
                assertThat(what + ": status in " + actual, actual.get("status"), equalTo(value));
            } else {
                assertThat(
                        what + ": " + field + " in " + actual,
                        InventoryReads.number(actual, field),
                        equalTo(Integer.parseInt(value.trim())));
            }
        }
    }
}
