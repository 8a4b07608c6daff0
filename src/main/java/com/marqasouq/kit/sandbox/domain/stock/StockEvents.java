package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.store.Transaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** inventory.updated (D15, D20): one event per level whose quantity changed. */
public final class StockEvents {
    public static final String UPDATED = "inventory.updated";

    private StockEvents() {}

    /** Emits the event if the level's stocked quantity differs from {@code previous}. */
    public static void emitIfChanged(Transaction tx, InventoryItem item, InventoryLevel level, int previous) {
        if (level.stockedQuantity == previous) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inventory_item_id", item.id);
        data.put("sku", item.sku);
        data.put("location_id", level.locationId);
        data.put("previous_quantity", previous);
        data.put("stocked_quantity", level.stockedQuantity);
        data.put("available_quantity", level.available());
        tx.emit(UPDATED, data);
    }
}
