package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.state.Transaction;

/** inventory.updated (D15, D20): one event per level whose quantity changed. */
public final class StockEvents {
    public static final String UPDATED = "inventory.updated";

    private StockEvents() {}

    /** Emits the event if the level's stocked quantity differs from {@code previous}. */
    public static void emitIfChanged(Transaction tx, InventoryItem item, InventoryLevel level, int previous) {
        if (level.stockedQuantity == previous) {
            return;
        }
        tx.emit(new StockLevelEvent(
                item.id, item.sku, level.locationId, previous, level.stockedQuantity, level.available()));
    }
}
