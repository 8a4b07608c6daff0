package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;

/** A variant's {@code inventory_quantity}: the available stock of the inventory item of its SKU, 0 if none. */
@FunctionalInterface
public interface VariantStock {

    int available(Variant variant);

    static VariantStock of(State state) {
        return variant -> {
            InventoryItem item = state.inventoryItemBySku(variant.sku);
            return item == null ? 0 : item.available();
        };
    }
}
