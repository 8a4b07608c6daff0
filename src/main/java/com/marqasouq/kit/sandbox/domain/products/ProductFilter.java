package com.marqasouq.kit.sandbox.domain.products;

import java.util.Locale;

/** {@code q} of {@code GET /admin/products}: a case-insensitive substring of title, handle or variant SKU (D5). */
public record ProductFilter(String q) {

    public boolean matches(Product product) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return contains(product.title, needle)
                || contains(product.handle, needle)
                || product.variants.stream().anyMatch(v -> contains(v.sku, needle));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
