package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Transaction;

/**
 * The reduce-stock rule for one SKU (D14): at the default location, never below zero, and at
 * most once per (order, SKU, reason). An outcome other than {@code REDUCED} changes nothing.
 */
final class Reductions {
    private Reductions() {}

    static ReduceOutcome reduce(Transaction tx, String orderId, String reason, ReduceLine line) {
        State state = tx.state();
        String sku = line.sku();
        InventoryItem item = state.inventoryItemBySku(sku);
        if (item == null) {
            return new ReduceOutcome(sku, ReduceOutcome.Status.NOT_FOUND, null, null, null, notFound(sku));
        }
        InventoryLevel level = item.level(StockLocation.DEFAULT_ID);
        int stocked = level == null ? 0 : level.stockedQuantity;
        Reduction done = state.reduction(orderId, sku, reason);
        if (done != null) {
            // D14: Odoo's job queue retries; a retry must not take the stock twice.
            return new ReduceOutcome(
                    sku,
                    ReduceOutcome.Status.ALREADY_REDUCED,
                    stocked,
                    stocked,
                    0,
                    "SKU " + sku + " was already reduced by " + done.quantity + " for order " + orderId
                            + " with reason " + reason + "; not applied again");
        }
        int available = level == null ? 0 : level.available();
        if (line.quantity() > available) {
            return new ReduceOutcome(
                    sku,
                    ReduceOutcome.Status.INSUFFICIENT_STOCK,
                    stocked,
                    stocked,
                    0,
                    insufficient(sku, available, line.quantity()));
        }
        level.stockedQuantity = stocked - line.quantity();
        state.addReduction(new Reduction(orderId, sku, reason, line.quantity(), tx.now()));
        StockEvents.emitIfChanged(tx, item, level, stocked);
        return new ReduceOutcome(
                sku, ReduceOutcome.Status.REDUCED, stocked, level.stockedQuantity, line.quantity(), null);
    }

    static String notFound(String sku) {
        return "No inventory item has SKU " + sku;
    }

    static String insufficient(String sku, int available, int requested) {
        return "Insufficient stock for SKU " + sku + ": " + available + " available, " + requested + " requested";
    }
}
