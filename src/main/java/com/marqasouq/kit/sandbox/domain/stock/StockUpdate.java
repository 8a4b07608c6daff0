package com.marqasouq.kit.sandbox.domain.stock;

/**
 * One absolute stock value asked for by a batch (D12) or an Odoo sync (D13). A null
 * {@code locationId} means the default location; {@code title} names an item an Odoo sync creates.
 */
public record StockUpdate(String sku, int quantity, String locationId, String title) {

    public static StockUpdate atDefault(String sku, int quantity, String title) {
        return new StockUpdate(sku, quantity, null, title);
    }

    String location() {
        return locationId == null ? StockLocation.DEFAULT_ID : locationId;
    }
}
