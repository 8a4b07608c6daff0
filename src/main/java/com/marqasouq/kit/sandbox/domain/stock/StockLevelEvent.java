package com.marqasouq.kit.sandbox.domain.stock;

import com.marqasouq.kit.sandbox.domain.DomainEvent;

/** inventory.updated (D15, D20): one stock level's quantity changed from {@code previousQuantity}. */
public record StockLevelEvent(
        String inventoryItemId,
        String sku,
        String locationId,
        int previousQuantity,
        int stockedQuantity,
        int availableQuantity)
        implements DomainEvent {

    @Override
    public String name() {
        return StockEvents.UPDATED;
    }
}
