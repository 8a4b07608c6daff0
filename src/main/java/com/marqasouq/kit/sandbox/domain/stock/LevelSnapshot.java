package com.marqasouq.kit.sandbox.domain.stock;

/** A copy of one inventory level, safe to use outside the store's lock. */
public record LevelSnapshot(
        String id,
        String inventoryItemId,
        String locationId,
        int stockedQuantity,
        int reservedQuantity,
        int incomingQuantity,
        int availableQuantity) {

    static LevelSnapshot of(InventoryItem item, InventoryLevel level) {
        return new LevelSnapshot(
                level.id,
                item.id,
                level.locationId,
                level.stockedQuantity,
                level.reservedQuantity,
                level.incomingQuantity,
                level.available());
    }
}
