package com.marqasouq.kit.sandbox.domain.stock;

import java.util.Locale;

/**
 * The inventory list filters (D5): {@code sku} exact (admin list), {@code skuContains}
 * case-insensitive (Odoo list), {@code q} a case-insensitive substring of title or SKU,
 * {@code lowStock} available below {@value #LOW_STOCK}. Null or false means no filter.
 */
public record InventoryFilter(String sku, String skuContains, String q, boolean lowStock) {

    /** D5: "low stock" is fewer than ten available. */
    public static final int LOW_STOCK = 10;

    public static InventoryFilter admin(String sku, String q) {
        return new InventoryFilter(sku, null, q, false);
    }

    public static InventoryFilter odoo(String skuContains, boolean lowStock) {
        return new InventoryFilter(null, skuContains, null, lowStock);
    }

    public boolean matches(InventoryItem item) {
        if (sku != null && !sku.equals(item.sku)) {
            return false;
        }
        if (skuContains != null && !contains(item.sku, skuContains)) {
            return false;
        }
        if (q != null && !contains(item.sku, q) && !contains(item.title, q)) {
            return false;
        }
        return !lowStock || item.available() < LOW_STOCK;
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
