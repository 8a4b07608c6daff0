package com.marqasouq.kit.conformance.world;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The products one scenario created, by SKU: the ids the target gave the product and its variant. */
public final class CreatedProducts {
    /** The target's ids of one created product and its (only) variant. */
    public record Ids(String productId, String variantId) {}

    private final Map<String, Ids> bySku = new HashMap<>();

    public void add(String sku, String productId, String variantId) {
        bySku.put(sku, new Ids(productId, variantId));
    }

    /** The ids of a SKU the scenario created; fails when it created no such SKU. */
    public Ids of(String sku) {
        return find(sku)
                .orElseThrow(() -> new IllegalStateException(
                        "This scenario created no product with SKU " + sku + "; it created " + bySku.keySet()));
    }

    /** Empty for a SKU the scenario did not create (an operator's --order-id may hold any). */
    public Optional<Ids> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }
}
