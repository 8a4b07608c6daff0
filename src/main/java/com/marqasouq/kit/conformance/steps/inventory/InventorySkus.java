package com.marqasouq.kit.conformance.steps.inventory;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.CreatedProducts;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SKUs of one scenario, by the short names its steps use ("plotter", "sleeve"). Every SKU a
 * scenario makes starts with the scenario's marker ({@code INV-<run id>-<n>-}), so a search for
 * the marker finds exactly the scenario's items on any target, whatever else it holds.
 */
public final class InventorySkus {
    private final World world;
    private final TestData testData;
    private final CreatedProducts products;
    private final Map<String, String> skus = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private String marker;

    public InventorySkus(World world, TestData testData, CreatedProducts products) {
        this.world = world;
        this.testData = testData;
        this.products = products;
    }

    /** Upper case, ends with a dash; appears in no SKU of another scenario. */
    String marker() {
        if (marker == null) {
            marker = (world.unique("INV") + "-").toUpperCase(Locale.ROOT);
        }
        return marker;
    }

    /** A part of the marker from its middle: the run id and the scenario number, in lower case. */
    String markerPart() {
        return marker().substring("INV-".length()).toLowerCase(Locale.ROOT);
    }

    /** A product with a new SKU and that much stock, made through POST /admin/products. */
    String stocked(String name, int quantity) {
        return keep(name, testData.product(prefix(name), quantity, 10_000));
    }

    /** As {@link #stocked}, titled {@code title} followed by a word no other title has. */
    String stockedAndTitled(String name, String title, int quantity) {
        String sku = world.unique(prefix(name)).toUpperCase(Locale.ROOT);
        String fullTitle = title + " " + world.unique("ttl");
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("title", "Default");
        variant.put("sku", sku);
        variant.put("prices", List.of(Map.of("currency_code", "KWD", "amount", 10_000)));
        variant.put("manage_inventory", true);
        variant.put("inventory_quantity", quantity);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", fullTitle);
        body.put("handle", sku.toLowerCase(Locale.ROOT));
        body.put("status", "published");
        body.put("variants", List.of(variant));
        body.put("metadata", Map.of("created_by", "conformance " + world.run().runId()));
        ApiResult created = Preparation.require(
                world.call("POST", "/admin/products").body(Json.write(body)).send(), 200, "creating a test product");
        products.add(sku, created.get("product.id"), created.get("product.variants[0].id"));
        titles.put(name, fullTitle);
        return keep(name, sku);
    }

    /** A SKU with the scenario's marker that the target has never seen. */
    String absent(String name) {
        return keep(name, marker() + name.toUpperCase(Locale.ROOT).replace(' ', '-'));
    }

    String sku(String name) {
        String sku = skus.get(name);
        if (sku == null) {
            throw new IllegalStateException("No SKU called \"" + name + "\" in this scenario; known: " + skus.keySet());
        }
        return sku;
    }

    /** The short name of a SKU of this scenario, or the SKU itself if the scenario did not name it. */
    String name(String sku) {
        return skus.entrySet().stream()
                .filter(e -> e.getValue().equals(sku))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(sku);
    }

    String title(String name) {
        String title = titles.get(name);
        if (title == null) {
            throw new IllegalStateException("SKU \"" + name + "\" was not made with a title of its own");
        }
        return title;
    }

    /** The word that only the title of {@code name} contains. */
    String titleWord(String name) {
        String title = title(name);
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    private String prefix(String name) {
        return marker() + name.toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    private String keep(String name, String sku) {
        skus.put(name, sku);
        return sku;
    }
}
