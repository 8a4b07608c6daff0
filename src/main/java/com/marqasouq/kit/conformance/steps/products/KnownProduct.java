package com.marqasouq.kit.conformance.steps.products;

import com.marqasouq.kit.conformance.http.ApiResult;

/**
 * A product the scenario created or tried to create, kept under a label such as "KETTLE" ({@link KnownProducts}).
 * {@code marker} is a run-marked text its title, handle or SKU contains, so a search finds it;
 * {@code id} and {@code variantId} are null until the target created it.
 */
record KnownProduct(String label, String id, String variantId, String sku, String title, String handle, String marker) {

    static KnownProduct from(String label, String marker, ApiResult created) {
        return new KnownProduct(
                label,
                created.get("product.id"),
                created.get("product.variants[0].id"),
                created.get("product.variants[0].sku"),
                created.get("product.title"),
                created.get("product.handle"),
                marker);
    }
}
